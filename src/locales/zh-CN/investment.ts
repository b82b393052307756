/*
 * 补链招商: the city page, leads, campaigns, target firms, the supply list and the chain's
 * investment map. One section per screen.
 */
export const investment = {
  title: '补链招商',

  // ---- the city page: funnel and campaigns
  funnel: {},

  campaigns: {},

  // ---- leads: list, page, dialog
  leads: {},

  // ---- the chain page's 招商图谱
  map: {},

  // ---- target firms
  targetFirms: {
    title: '招商目标企业',
    intro: '可补强、补齐或延伸本市产业链的外地企业，及追踪它们的招商线索数。',
    tableCaption: '招商目标企业列表',
    searchLabel: '搜索企业名称、英文名或信用代码',
    nav: '目标企业',
    filters: {
      chain: '产业链',
      link: '环节',
      linkHint: '先选产业链',
      source: '来源',
      withdrawn: '已撤回',
      withdrawnOptions: { include: '一并显示', only: '只看已撤回' },
    },
    columns: {
      name: '企业名称',
      hq: '总部',
      products: '主要产品',
      size: '规模',
      source: '来源',
      chains: '产业链',
      links: '可补环节',
      leads: '线索数',
    },
    hq: '{{province}} {{city}}',
    noLinks: '未指定环节',
    backToList: '返回目标企业列表',
    facts: {
      title: '企业信息',
      creditCode: '统一社会信用代码',
      hq: '总部',
      products: '主要产品',
      size: '规模',
      source: '来源',
      supplyItem: '对应供需清单条目',
      chains: '产业链',
      links: '可补环节',
      leads: '招商线索',
      leadsCount: '{{count, number}} 条',
      updated: '最近更新',
      updatedBy: '{{date}}，{{name}}',
    },
    edit: {
      add: '新增目标企业',
      edit: '编辑目标企业',
      withdraw: '撤回',
      withdrawQuestion: '撤回目标企业“{{name}}”？它将不再出现在列表中，可随时恢复。',
      restore: '恢复',
      restoreQuestion: '恢复目标企业“{{name}}”？',
      withdrawnNotice: '该目标企业已于 {{date}} 撤回。',
      name: '企业名称',
      nameEn: '英文名称',
      creditCode: '统一社会信用代码（可选）',
      hqProvince: '总部所在省份',
      hqCity: '总部所在城市',
      products: '主要产品',
      size: '规模',
      source: '来源',
      supplyItem: '对应供需清单条目（来源为链主供需清单时）',
      chains: '产业链',
      links: '可补环节（所选产业链的环节）',
      linksHint: '先勾选产业链，再选其环节。',
      link: '{{chain}} · {{link}}（{{strength}}）',
    },
  },

  // ---- the chain leader's supply list
  supplyList: {
    title: '链主供需清单',
    intro: '链主企业的主要外购需求：本地配套率低于 {{limit, number}}% 的条目是补链机会。',
    leader: '链主企业：',
    noLeader: '尚未确定链主企业。',
    empty: '尚未填报供需清单。',
    caption: '链主供需清单，按环节排列',
    columns: {
      item: '采购品类',
      link: '环节',
      purchase: '年采购额（亿元）',
      localShare: '本地配套率',
      outside: '外地供应商',
      opportunity: '补链机会',
      actions: '操作',
    },
    localShare: '{{value, number}}%',
    opportunity: '补链机会',
    edit: {
      add: '新增供需条目',
      edit: '编辑',
      editTitle: '编辑供需条目',
      editLabel: '编辑“{{item}}”',
      withdraw: '撤回',
      withdrawLabel: '撤回“{{item}}”',
      withdrawQuestion: '撤回供需条目“{{item}}”？',
      link: '环节',
      item: '采购品类',
      itemEn: '英文名称',
      annualPurchaseYi: '年采购额（亿元）',
      localSharePercent: '本地配套率（%）',
      outsideSuppliers: '外地供应商',
      linkOption: '{{link}}（{{strength}}）',
    },
  },
};
