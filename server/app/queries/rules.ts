import { lt, ne, sql } from 'drizzle-orm';
import { STALLED_PROJECT_DAYS } from '../../contract/alerts';
import { problems, projects } from '../../db/schema';

/*
 * The domain's judgements as SQL conditions, so every list, count and alert applies the same rule.
 * `asOf` is the city's today, 'YYYY-MM-DD'.
 */

export const isUnresolvedProblem = ne(problems.status, 'resolved');

/** Not resolved and past its deadline (a problem without a deadline is never overdue). */
export function isOverdueProblem(asOf: string) {
  return sql`(${isUnresolvedProblem} and ${lt(problems.deadline, asOf)})`;
}

/** Not yet in production and no progress reported for more than the stalled limit. */
export function isStalledProject(asOf: string) {
  const cutoff = sql`${asOf}::date - ${STALLED_PROJECT_DAYS}::integer`;
  return sql`(${ne(projects.stage, 'in_production')} and ${projects.progressUpdatedOn} < ${cutoff})`;
}
