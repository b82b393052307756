import type { ScreenTranslations } from '@/locales/zh-CN';

export const clusters: ScreenTranslations['clusters']['clusters'] = {
  title: 'Industrial clusters',
  tableCaption: 'Industrial clusters',
  searchLabel: 'Search cluster names',
  filters: {
    level: 'Level',
    status: 'Status',
    chain: 'Chain',
  },
  columns: {
    name: 'Cluster',
    level: 'Level',
    status: 'Status',
    chains: 'Chains',
    recognisedOn: 'Recognised',
  },
  noChain: 'No chain',
  notRecognised: 'Not yet recognised',
  facts: {
    title: 'Facts',
    level: 'Level',
    status: 'Status',
    recognisedOn: 'Recognised on',
    recognisedBy: 'Recognised by',
    description: 'About',
    updated: 'Last changed',
    updatedBy: '{{date}} ({{name}})',
  },
  chains: {
    title: 'Chains',
    none: 'This cluster belongs to none of the city’s 12 industrial chains.',
  },
  backToList: 'Back to clusters',
};
