import { lt, lte, ne, sql } from 'drizzle-orm';
import { STALLED_LEAD_DAYS, STALLED_PROJECT_DAYS } from '../../contract/alerts';
import { CITY_TIME_ZONE } from '../../contract/city-time';
import type { SupervisionLevel } from '../../contract/supervision';
import { leads, problems, projects } from '../../db/schema';

/*
 * The domain's judgements as SQL conditions, so every list, count and alert applies the same rule.
 * `asOf` is the city's today, 'YYYY-MM-DD'.
 */

export const isUnresolvedProblem = ne(problems.status, 'resolved');

/** Not resolved and past its deadline (a problem without a deadline is never overdue). */
export function isOverdueProblem(asOf: string) {
  return sql`(${isUnresolvedProblem} and ${lt(problems.deadline, asOf)})`;
}

/** Whole days an overdue problem is past its deadline; null for one that is not overdue. */
export function overdueDays(asOf: string) {
  return sql<
    number | null
  >`case when ${isOverdueProblem(asOf)} then ${asOf}::date - ${problems.deadline} end`.mapWith(
    (days: number | string | null) => (days === null ? null : Number(days)),
  );
}

/** The city's today and the days overdue after which a problem turns red (督办). */
export interface SupervisionClock {
  asOf: string;
  redAfterDays: number;
}

/** Unresolved with a deadline on or before today: on the 督办 clock, amber or red. */
export function isSupervisedProblem(asOf: string) {
  return sql`(${isUnresolvedProblem} and ${lte(problems.deadline, asOf)})`;
}

/** More than `redAfterDays` calendar days past its deadline and unresolved: escalated. */
export function isRedProblem({ asOf, redAfterDays }: SupervisionClock) {
  const redFrom = sql`${asOf}::date - ${redAfterDays}::integer`;
  return sql`(${isUnresolvedProblem} and ${problems.deadline} < ${redFrom})`;
}

/** A supervised problem not yet red: due today or up to `redAfterDays` days overdue. */
export function isAmberProblem(clock: SupervisionClock) {
  return sql`(${isSupervisedProblem(clock.asOf)} and not ${isRedProblem(clock)})`;
}

/** The problem's 督办 level, `none` / `amber` / `red`, by the rules above. */
export function supervisionLevel(clock: SupervisionClock) {
  return sql<SupervisionLevel>`case when ${isRedProblem(clock)} then 'red' when ${isSupervisedProblem(clock.asOf)} then 'amber' else 'none' end`;
}

/** Not yet in production and no progress reported for more than the stalled limit. */
export function isStalledProject(asOf: string) {
  const cutoff = sql`${asOf}::date - ${STALLED_PROJECT_DAYS}::integer`;
  return sql`(${ne(projects.stage, 'in_production')} and ${projects.progressUpdatedOn} < ${cutoff})`;
}

/**
 * Open (neither signed nor dropped), not withdrawn, and last updated more than the stalled limit
 * before the city's today, both days by the city's calendar.
 */
export function isStalledLead(asOf: string) {
  const updatedOn = sql`(${leads.updatedAt} at time zone ${CITY_TIME_ZONE})::date`;
  const cutoff = sql`${asOf}::date - ${STALLED_LEAD_DAYS}::integer`;
  return sql`(${leads.stage} not in ('signed', 'dropped') and ${leads.withdrawnAt} is null and ${updatedOn} < ${cutoff})`;
}
