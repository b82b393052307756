/*
 * What a notification is about (issue 16), as plain data: the database schema and the contract
 * both read it. Not in domain.ts, which the web app's first download carries whole.
 */

/** `problem_assigned` comes from the problem workflow's 交办 step; the others from writes and the sweep. */
export const notificationKinds = [
  'chain_changed',
  'problem_assigned',
  'problem_due_soon',
  'problem_overdue',
  'report_due',
  'report_missing',
] as const;

/** The record a notification links to: a problem, a chain, or a task force's reports. */
export const notificationSubjects = ['chain', 'problem', 'task_force'] as const;
