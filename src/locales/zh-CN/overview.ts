/** The overview screen: its title, summary line and the city's headline figures. */
export const overview = {
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
};
