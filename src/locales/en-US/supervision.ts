import type { ScreenTranslations } from '@/locales/zh-CN';

export const supervision: ScreenTranslations['supervision']['supervision'] = {
  title: 'Supervision',
  intro:
    'An unresolved problem turns amber on its deadline day and red, escalated to the chain leader, when more than {{days}} days overdue. By owner department, as of {{date}}.',
  departmentsCaption: 'Supervised problems by owner department',
  columns: {
    department: 'Department',
    amber: 'Amber',
    red: 'Red',
    sheet: 'Supervision sheet',
    title: 'Problem',
    chain: 'Chain',
    firm: 'Firm',
    deadline: 'Deadline',
    daysOverdue: 'Days overdue',
    level: 'Level',
  },
  openSheet: 'Open the supervision sheet',
  total: 'City-wide: {{amber}} amber, {{red}} red',
  sheet: {
    title: 'Supervision sheet',
    back: 'Back to supervision',
    department: 'Department: {{name}}',
    asOf: 'As of {{date}}',
    rule: 'Amber from the deadline day; red when more than {{days}} days overdue.',
    caption: 'Supervised problems of {{name}} (oldest deadline first)',
    empty: 'This department has no unresolved problem at or past its deadline.',
    signature: 'Signature of the official responsible:',
    signedOn: 'Date:',
    print: 'Print / Save as PDF',
  },
  escalated: {
    title: 'Escalated to the chain leader',
    intro:
      'Problems unresolved more than {{days}} days after their deadline go to the chain leader.',
    caption: 'Red problems escalated to the chain leader',
    empty: 'No problem is escalated to the chain leader.',
    all: 'All {{count}} red problems',
    department: 'Department',
  },
  overview: {
    title: 'Escalated to the chain leaders',
    total_one: '{{formatted}} red problem escalated city-wide',
    total_other: '{{formatted}} red problems escalated city-wide',
    byDepartment: 'By department',
  },
  daysOverdue_one: '{{count}} day',
  daysOverdue_other: '{{count}} days',
};
