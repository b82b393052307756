import type { Translation } from '@/locales/zh-CN';

export const enUS: Translation = {
  app: {
    name: 'Industrial Chain Leader Dashboard',
    skipToContent: 'Skip to main content',
  },
  common: {
    loading: 'Loading…',
    retry: 'Retry',
    retrying: 'Retrying…',
  },
  errors: {
    loadFailed: 'The data could not be loaded',
    network: 'The server cannot be reached. Check the network and retry.',
    server: 'The server failed ({{status}}). Please retry in a moment.',
    unexpected: 'The server sent data this page does not understand. Please retry later.',
  },
  sample: {
    label: 'Sample data',
    text: 'Sample data: this is a sample dataset for {{city}}, compiled from public reports and filled in with generated records. It is not official statistics.',
  },
  overview: {
    title: 'Chains overview',
    summary: 'Chains: {{count, number}} · Data as of {{date, datetime}}',
    summaryWithCity: '{{city}} · Chains: {{count, number}} · Data as of {{date, datetime}}',
    fiveOnesIntro:
      'The five ones: a chain map, a chain-leader firm, a chief scientist, a task force and a policy package.',
    empty: 'There are no chains yet.',
    columns: {
      chain: 'Chain',
      leader: 'Chain leader',
      status: 'Status',
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
    },
    count: {
      firms: '{{count, number}}',
      parks: '{{count, number}}',
    },
    clustersValue:
      '{{national, number}} national · {{provincial, number}} provincial · {{smeFeature, number}} SME feature',
    projectsValue: '{{count, number}} · {{amount}}',
    problemsValue: '{{count, number}} raised · {{resolved, number}} resolved ({{rate, number}})',
  },
  category: {
    strategic: 'Strategic emerging industries',
    future: 'Future industries',
  },
  status: {
    green: 'Green',
    amber: 'Amber',
    red: 'Red',
  },
  fiveOnes: {
    items: {
      chain_map: 'Chain map',
      leader_firm: 'Leader firm',
      chief_scientist: 'Chief scientist',
      task_force: 'Task force',
      policy_package: 'Policies',
    },
    states: {
      in_place: 'In place',
      in_progress: 'In progress',
      missing: 'Missing',
    },
  },
  notFound: {
    title: 'Page not found',
    text: 'The address does not exist or has been removed.',
    back: 'Back to the overview',
  },
};
