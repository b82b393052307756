/** 通知: the bell's panel. Each text is made from the values the server kept, in this language. */
export const notifications = {
  /** The bell's accessible name. */
  bell: '通知，{{unread}} 条未读',
  title: '通知',
  readAll: '全部已读',
  loading: '正在加载通知…',
  empty: '暂无通知。',
  unread: '未读：',
  markRead: '标为已读',
  markReadOf: '标为已读：{{text}}',
  texts: {
    chain_changed_one: '{{actor}}修改了{{chain}}的数据（{{count}} 处）',
    chain_changed_other: '{{actor}}修改了{{chain}}的数据（{{count}} 处）',
    problem_assigned: '{{actor}}向您交办了问题“{{title}}”',
    problem_due_soon: '问题“{{title}}”将于 {{deadline}} 到期',
    problem_overdue: '问题“{{title}}”已超过办理时限（{{deadline}}）',
    report_due: '{{chain}}本期工作报告应于 {{periodEndsOn}} 前报送',
    report_missing: '{{chain}}截至 {{periodEndsOn}} 的一期工作报告未报送',
  },
};
