import type { ScreenTranslations } from '@/locales/zh-CN';

export const investment: ScreenTranslations['investment']['investment'] = {
  title: 'Investment promotion',

  // ---- the city page: funnel and campaigns
  funnel: {},

  campaigns: {},

  // ---- leads: list, page, dialog
  leads: {},

  // ---- the chain page's 招商图谱
  map: {},

  // ---- target firms
  targetFirms: {
    title: 'Target firms',
    intro:
      'Firms elsewhere that could strengthen, fill or extend the city’s chains, and the leads that court them.',
    tableCaption: 'Target firms',
    searchLabel: 'Search by name, English name or credit code',
    nav: 'Target firms',
    filters: {
      chain: 'Chain',
      link: 'Link',
      linkHint: 'Choose a chain first',
      source: 'Source',
      withdrawn: 'Withdrawn',
      withdrawnOptions: { include: 'Include', only: 'Only withdrawn' },
    },
    columns: {
      name: 'Firm',
      hq: 'Headquarters',
      products: 'Products',
      size: 'Size',
      source: 'Source',
      chains: 'Chains',
      links: 'Links it could fill',
      leads: 'Leads',
    },
    hq: '{{city}}, {{province}}',
    noLinks: 'No link named',
    backToList: 'Back to the target firms',
    facts: {
      title: 'About the firm',
      creditCode: 'Unified social credit code',
      hq: 'Headquarters',
      products: 'Products',
      size: 'Size',
      source: 'Source',
      supplyItem: 'Supply-list item',
      chains: 'Chains',
      links: 'Links it could fill',
      leads: 'Leads',
      leadsCount: '{{count, number}}',
      updated: 'Last updated',
      updatedBy: '{{date}}, {{name}}',
    },
    edit: {
      add: 'Add a target firm',
      edit: 'Edit the target firm',
      withdraw: 'Withdraw',
      withdrawQuestion:
        'Withdraw the target firm “{{name}}”? It leaves the lists and can be restored at any time.',
      restore: 'Restore',
      restoreQuestion: 'Restore the target firm “{{name}}”?',
      withdrawnNotice: 'This target firm was withdrawn on {{date}}.',
      name: 'Name',
      nameEn: 'English name',
      creditCode: 'Unified social credit code (optional)',
      hqProvince: 'Headquarters province',
      hqCity: 'Headquarters city',
      products: 'Products',
      size: 'Size',
      source: 'Source',
      supplyItem: 'Supply-list item (when the source is the supply list)',
      chains: 'Chains',
      links: 'Links it could fill (of the chains chosen)',
      linksHint: 'Tick the chains first, then their links.',
      link: '{{chain}} · {{link}} ({{strength}})',
    },
  },

  // ---- the chain leader's supply list
  supplyList: {
    title: 'Chain leader’s supply list',
    intro:
      'What the chain leader buys from outside: items with a local share under {{limit, number}}% are chances to fill the chain.',
    leader: 'Chain leader: ',
    noLeader: 'No chain leader designated yet.',
    empty: 'No supply list recorded yet.',
    caption: 'The chain leader’s supply list, by link',
    columns: {
      item: 'Item',
      link: 'Link',
      purchase: 'Annual purchase (100m yuan)',
      localShare: 'Local share',
      outside: 'Outside suppliers',
      opportunity: 'Fill (补链)',
      actions: 'Actions',
    },
    localShare: '{{value, number}}%',
    opportunity: 'Chance to fill',
    edit: {
      add: 'Add a supply item',
      edit: 'Edit',
      editTitle: 'Edit the supply item',
      editLabel: 'Edit “{{item}}”',
      withdraw: 'Withdraw',
      withdrawLabel: 'Withdraw “{{item}}”',
      withdrawQuestion: 'Withdraw the supply item “{{item}}”?',
      link: 'Link',
      item: 'Item',
      itemEn: 'English name',
      annualPurchaseYi: 'Annual purchase (100m yuan)',
      localSharePercent: 'Local share (%)',
      outsideSuppliers: 'Outside suppliers',
      linkOption: '{{link}} ({{strength}})',
    },
  },
};
