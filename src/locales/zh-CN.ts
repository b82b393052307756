export const zhCN = {
  app: {
    name: '产业链链长制管理驾驶舱',
    skipToContent: '跳到主要内容',
  },
  common: {
    loading: '加载中…',
    retry: '重试',
    retrying: '正在重试…',
  },
  errors: {
    loadFailed: '数据加载失败',
    network: '无法连接到服务器，请检查网络后重试。',
    server: '服务器出错（{{status}}），请稍后重试。',
    unexpected: '服务器返回的数据无法识别，请稍后重试。',
  },
  sample: {
    label: '示例数据',
    text: '示例数据：以下{{city}}的数据依据公开报道整理并补充生成，仅供演示，不是真实统计。',
  },
  overview: {
    title: '产业链总览',
    summary: '共 {{count, number}} 条产业链 · 数据截至 {{date, datetime}}',
    summaryWithCity: '{{city}} · 共 {{count, number}} 条产业链 · 数据截至 {{date, datetime}}',
    fiveOnesIntro: '五个一：一条产业链、一家链主企业、一名首席科学家、一个工作专班、一套扶持政策。',
    empty: '还没有产业链。',
    columns: {
      chain: '产业链',
      leader: '链长',
      status: '状态',
    },
  },
  headline: {
    title: '全市概况',
    terms: {
      highTech: '国家高新技术企业',
      techSme: '科技型中小企业',
      littleGiant: '国家专精特新"小巨人"企业',
      singleChampion: '制造业单项冠军',
      over100b: '千亿级企业',
      over10b: '百亿级企业',
      specialtyParks: '特色（专业）产业园',
      clusters: '产业集群',
      promotionProjects: '招商签约项目',
      problems: '企业问题',
    },
    count: {
      firms: '{{count, number}} 家',
      parks: '{{count, number}} 个',
    },
    clustersValue:
      '国家级 {{national, number}} 个 · 省级 {{provincial, number}} 个 · 中小企业特色 {{smeFeature, number}} 个',
    projectsValue: '{{count, number}} 个 · {{amount}}',
    problemsValue: '收集 {{count, number}} 个 · 已解决 {{resolved, number}} 个（{{rate, number}}）',
  },
  category: {
    strategic: '战略性新兴产业',
    future: '未来产业',
  },
  status: {
    green: '绿',
    amber: '黄',
    red: '红',
  },
  fiveOnes: {
    items: {
      chain_map: '产业链图谱',
      leader_firm: '链主企业',
      chief_scientist: '首席科学家',
      task_force: '工作专班',
      policy_package: '扶持政策',
    },
    states: {
      in_place: '已到位',
      in_progress: '推进中',
      missing: '缺失',
    },
  },
  notFound: {
    title: '页面不存在',
    text: '您访问的地址不存在或已被移除。',
    back: '返回总览',
  },
};

export type Translation = typeof zhCN;
