import type { ScreenTranslations } from '@/locales/zh-CN';

export const notifications: ScreenTranslations['notifications']['notifications'] = {
  bell: 'Notifications, {{unread}} unread',
  title: 'Notifications',
  readAll: 'Mark all read',
  loading: 'Loading notifications…',
  empty: 'No notifications.',
  unread: 'Unread: ',
  markRead: 'Mark read',
  markReadOf: 'Mark read: {{text}}',
  texts: {
    chain_changed_one: '{{actor}} changed {{chain}}',
    chain_changed_other: '{{actor}} changed {{chain}} ({{count}} edits)',
    problem_assigned: '{{actor}} assigned you the problem “{{title}}”',
    problem_due_soon: 'The problem “{{title}}” is due on {{deadline}}',
    problem_overdue: 'The problem “{{title}}” is past its deadline ({{deadline}})',
    report_due: '{{chain}}: this period’s status report is due by {{periodEndsOn}}',
    report_missing:
      '{{chain}}: the status report for the period ending {{periodEndsOn}} is missing',
  },
};
