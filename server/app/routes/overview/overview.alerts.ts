import { STALE_STATUS_DAYS } from '../../../contract/alerts';
import type { ChainAlert } from '../../../contract/overview';

const DAY_MS = 86_400_000;

function wholeDaysBetween(earlier: Date, later: Date): number {
  return Math.floor((later.getTime() - earlier.getTime()) / DAY_MS);
}

/** What needs attention on a chain: a stale status, overdue problems, stalled projects. */
export function chainAlerts(input: {
  statusUpdatedAt: Date;
  now: Date;
  overdueProblems: number;
  stalledProjects: number;
}): ChainAlert[] {
  const alerts: ChainAlert[] = [];
  const days = wholeDaysBetween(input.statusUpdatedAt, input.now);
  if (days > STALE_STATUS_DAYS) alerts.push({ kind: 'stale_status', days });
  if (input.overdueProblems > 0) {
    alerts.push({ kind: 'overdue_problems', count: input.overdueProblems });
  }
  if (input.stalledProjects > 0) {
    alerts.push({ kind: 'stalled_projects', count: input.stalledProjects });
  }
  return alerts;
}
