import type { Translation } from '@/locales/zh-CN';

export const common: Pick<
  Translation,
  | 'app'
  | 'nav'
  | 'theme'
  | 'language'
  | 'common'
  | 'list'
  | 'units'
  | 'errors'
  | 'exports'
  | 'sheetFile'
  | 'sample'
  | 'notFound'
> = {
  app: {
    name: 'Industrial Chain Leader Dashboard',
    shortName: 'Chain Dashboard',
    skipToContent: 'Skip to main content',
  },
  nav: {
    label: 'Main',
    departmentProblems: 'My department’s problems',
    overview: 'Overview',
    parks: 'Parks',
    firms: 'Firms',
    clusters: 'Clusters',
    projects: 'Projects',
    investment: 'Investment',
    problems: 'Firm problems',
    meetings: 'Meetings',
    supervision: 'Supervision',
    changes: 'What changed',
    present: 'Present',
    screen: 'Wall screen',
  },
  theme: {
    label: 'Display',
    standard: 'Standard',
    projector: 'Projector',
    'projector-dark': 'Projector (dark)',
  },
  language: {
    label: 'Language',
    'zh-CN': '中文',
    'en-US': 'English',
  },
  common: {
    loading: 'Loading…',
    retry: 'Retry',
    retrying: 'Retrying…',
    none: 'None',
    notRecorded: 'Not recorded',
    all: 'All',
    close: 'Close',
    // The foot of every form, loaded with the first screen so no dialog waits for words.
    saving: 'Saving…',
    cancel: 'Cancel',
  },
  list: {
    search: 'Search',
    searchButton: 'Search',
    clearFilters: 'Clear filters',
    filters: 'Filters',
    results: '{{count, number}} results',
    empty: 'Nothing matches.',
    emptyWithFilters: 'Nothing matches these filters. Loosen or clear them.',
    sortBy: 'Sort by {{column}}',
    sortedAscending: 'ascending',
    sortedDescending: 'descending',
    pagination: 'Pages',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pageOf: 'Page {{page, number}} of {{pages, number}}',
    pageSize: 'Rows per page',
  },
  units: {
    firms_one: '{{count, number}} firm',
    firms_other: '{{count, number}} firms',
    items: '{{count, number}}',
    people_one: '{{count, number}} person',
    people_other: '{{count, number}} people',
    percent: '{{value, number(style: percent; maximumFractionDigits: 1)}}',
  },
  exports: {
    label: 'Export',
    xlsx: 'Export Excel (.xlsx)',
    csv: 'Export CSV',
    busy: 'Exporting…',
    failed: 'The export failed: {{reason}}',
    all: 'Export all',
    allLabel: 'Export all (a sheet per list)',
  },
  sheetFile: {
    unsupported_type: 'Only Excel workbooks (.xlsx) and CSV files can be read.',
    empty: 'The file is empty: it needs a header row and at least one row of data.',
    too_large: 'The file is larger than 10 MB; split it and try again.',
    too_many_rows: 'The file has more than 50,000 rows; split it and try again.',
    malformed: 'The file is damaged or not a valid Excel or CSV file.',
    zip_bomb: 'The file unpacks to far too much data and was refused.',
    encoding: 'The file mixes text encodings; save it from Excel as "CSV UTF-8" and try again.',
    formula_without_value:
      'The file has formulas without a saved result; open it in Excel, save it and try again.',
  },
  errors: {
    loadFailed: 'The data could not be loaded',
    network: 'The server cannot be reached. Check the network and retry.',
    timeout: 'The server took too long to answer. Please retry in a moment.',
    server: 'The server failed ({{status}}). Please retry in a moment.',
    unavailable: 'The database is not reachable for the moment; please try again shortly.',
    unexpected: 'The server sent data this page does not understand. Please retry later.',
  },
  sample: {
    label: 'Sample data',
    text: 'Sample data: this is a sample dataset for {{city}}, compiled from public reports and filled in with generated records. It is not official statistics.',
  },
  notFound: {
    title: 'Page not found',
    text: 'The address does not exist or has been removed.',
    recordTitle: 'Record not found',
    recordText: 'The record you asked for does not exist or has been deleted.',
    back: 'Back to the overview',
  },
};
