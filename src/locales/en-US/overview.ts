import type { Translation } from '@/locales/zh-CN';

export const overview: Pick<Translation, 'overview' | 'headline'> = {
  overview: {
    title: 'Chains overview',
    summary: 'Chains: {{count, number}} · Data as of {{date, datetime}}',
    summaryWithCity: '{{city}} · Chains: {{count, number}} · Data as of {{date, datetime}}',
    printBrief: 'Print brief / Save as PDF',
    fiveOnesIntro:
      'The five ones: a chain map, a chain-leader firm, a chief scientist, a task force and a policy package.',
    empty: 'There are no chains yet.',
    columns: {
      chain: 'Chain',
      leader: 'Chain leader',
      status: 'Status',
    },
    filters: {
      category: 'Category',
      status: 'Status',
      shown: 'Showing {{shown, number}} of {{total, number}} chains',
      empty: 'No chain matches these filters.',
      shownMine: 'Showing only the {{shown, number}} chains you look after.',
      allChains: 'See all the city’s chains',
    },
    matrix: {
      title: 'The five ones',
      cell: '{{chain}} · {{item}}: {{state}}',
    },
    cards: {
      title: 'Chains at a glance',
    },
    card: {
      leader: 'Chain leader',
      status: 'Status',
      noNote: 'No status note yet.',
      noIndicators: 'No key indicators yet.',
      target: 'Target {{target}} · {{period}}',
      trend: '{{indicator}} over the last 8 quarters ({{from}}–{{to}}); dashed line is the target',
    },
    units: {
      percent: '{{value}}%',
    },
    counts: {
      firms: 'Firms',
      parks: 'Parks',
      projects: 'Major projects',
      unresolvedProblems: 'Unresolved problems',
      overdueProblems: 'Overdue problems',
    },
    missingReports: {
      title: 'Missing task force reports',
      none: 'Every task force has filed its reports.',
      item: '{{count, number}} missing ({{cadence}}): {{periods}}',
    },
    alerts: {
      title: 'Alerts',
      none: 'No alerts.',
      stale_status: 'Status not updated for {{count, number}} days',
      overdue_problems: 'Overdue firm problems: {{count, number}}',
      stalled_projects: 'Stalled projects: {{count, number}}',
    },
  },

  headline: {
    title: 'City at a glance',
    terms: {
      highTech: 'National high-tech enterprises',
      techSme: 'Tech-based SMEs',
      littleGiant: 'National specialised "little giants"',
      singleChampion: 'Manufacturing single champions',
      over100b: 'Firms over ¥100 bn revenue',
      over10b: 'Firms over ¥10 bn revenue',
      specialtyParks: 'Specialty industrial parks',
      clusters: 'Industrial clusters',
      promotionProjects: 'Signed investment projects',
      problems: 'Firm problems',
      meetings: 'Meetings with firms (meetings · firms attending · problems raised · resolved)',
    },
    count: {
      firms: '{{count, number}}',
      parks: '{{count, number}}',
    },
    clustersValue:
      '{{national, number}} national · {{provincial, number}} provincial · {{smeFeature, number}} SME feature',
    projectsValue: '{{count, number}} · {{amount}}',
    problemsValue: '{{count, number}} raised · {{resolved, number}} resolved ({{rate, number}})',
    meetingsValue:
      '{{meetings, number}} meetings · {{firms, number}} firms · {{problems, number}} problems · {{resolved, number}} resolved',
  },
};
