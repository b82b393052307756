/** The overview screen: title, headline figures, five-ones matrix, filters and chain cards. */
export const overview = {
  overview: {
    title: '产业链总览',
    summary: '共 {{count, number}} 条产业链 · 数据截至 {{date, datetime}}',
    summaryWithCity: '{{city}} · 共 {{count, number}} 条产业链 · 数据截至 {{date, datetime}}',
    printBrief: '打印简报 / 存为PDF',
    fiveOnesIntro: '五个一：一条产业链、一家链主企业、一名首席科学家、一个工作专班、一套扶持政策。',
    empty: '还没有产业链。',
    columns: {
      chain: '产业链',
      leader: '链长',
      status: '状态',
    },
    filters: {
      category: '产业类别',
      status: '运行状态',
      shown: '显示 {{shown, number}} / {{total, number}} 条产业链',
      empty: '没有符合筛选条件的产业链。',
      shownMine: '只显示您负责的 {{shown, number}} 条产业链。',
      allChains: '查看全市产业链',
    },
    matrix: {
      title: '五个一落实情况',
      cell: '{{chain}} · {{item}}：{{state}}',
    },
    cards: {
      title: '各产业链运行情况',
    },
    card: {
      leader: '链长',
      status: '运行状态',
      noNote: '暂无状态说明。',
      noIndicators: '暂无关键指标。',
      target: '目标 {{target}} · {{period}}',
      trend: '{{indicator}}近 8 个季度走势（{{from}}–{{to}}），虚线为目标',
    },
    units: {
      percent: '{{value}}%',
    },
    counts: {
      firms: '企业',
      parks: '园区',
      projects: '重大项目',
      unresolvedProblems: '未解决问题',
      overdueProblems: '逾期问题',
    },
    missingReports: {
      title: '专班缺报',
      none: '各专班报告均按期报送。',
      item: '缺报 {{count, number}} 期（{{cadence}}）：{{periods}}',
    },
    alerts: {
      title: '预警',
      none: '暂无预警。',
      stale_status: '状态已 {{count, number}} 天未更新',
      overdue_problems: '{{count, number}} 个企业问题逾期未办结',
      stalled_projects: '{{count, number}} 个项目进展停滞',
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
      meetings: '企业座谈会（场次 · 参会企业 · 收集问题 · 已解决）',
    },
    count: {
      firms: '{{count, number}} 家',
      parks: '{{count, number}} 个',
    },
    clustersValue:
      '国家级 {{national, number}} 个 · 省级 {{provincial, number}} 个 · 中小企业特色 {{smeFeature, number}} 个',
    projectsValue: '{{count, number}} 个 · {{amount}}',
    problemsValue: '收集 {{count, number}} 个 · 已解决 {{resolved, number}} 个（{{rate, number}}）',
    meetingsValue:
      '{{meetings, number}} 场 · {{firms, number}} 家 · {{problems, number}} 个 · {{resolved, number}} 个',
  },
};
