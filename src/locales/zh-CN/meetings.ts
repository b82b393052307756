/** 座谈会: the list of meetings with firms and one meeting's page. */
export const meetings = {
  title: '企业座谈会',
  intro:
    '链长、工作专班和部门与企业面对面座谈，现场收集问题。参会企业按企业计数，同一企业多次参会只计一次。',
  tableCaption: '企业座谈会列表',
  searchLabel: '搜索会议名称、地点或主持人',
  cityWide: '全市',
  columns: {
    title: '座谈会',
    heldOn: '日期',
    chain: '产业链',
    place: '地点',
    firms: '参会企业',
    problems: '收集问题',
    resolved: '已解决',
  },
  filters: {
    chain: '产业链',
    from: '起始日期',
    to: '截止日期',
  },
  backToList: '返回座谈会列表',
  facts: {
    title: '基本情况',
    heldOn: '日期',
    chain: '产业链',
    place: '地点',
    host: '主持',
    notes: '纪要',
    figures:
      '参会企业 {{firms, number}} 家 · 收集问题 {{problems, number}} 个 · 已解决 {{resolved, number}} 个',
  },
  firmsTitle: '参会企业（{{count, number}} 家）',
  problemsTitle: '会上收集的问题（{{count, number}} 个）',
  noProblems: '这次座谈会没有记录问题。',
  noFirms: '没有记录参会企业。',
  edit: {
    add: '新增座谈会',
    edit: '编辑座谈会',
    heldOn: '日期',
    chain: '产业链',
    title: '会议名称',
    place: '地点',
    host: '主持',
    firms: '参会企业',
    notes: '纪要',
  },
};
