import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { ProblemListQuery, ProblemSort } from '../../../contract/problems';
import type { SupervisionLevel } from '../../../contract/supervision';
import type { Database } from '../../../db/database';
import { firms, problems } from '../../../db/schema';
import { findPage } from '../../queries/paging';
import { handlingStageOf, selectProblems } from '../../queries/problems';
import {
  isAmberProblem,
  isOverdueProblem,
  isRedProblem,
  isSupervisedProblem,
  type SupervisionClock,
} from '../../queries/rules';
import { containsText, whether } from '../../queries/sql';

/**
 * What the work needs first (a department's own list): red, then amber, then the rest still
 * open, then the resolved ones, each by its deadline. One row value, so `findPage` sorts by it like a column; PostgreSQL sorts a null
 * field of a row after any value, so problems without a deadline come last in their level.
 */
function urgency(clock: SupervisionClock) {
  const level = sql`case when ${isRedProblem(clock)} then 0 when ${isAmberProblem(clock)} then 1 when ${problems.status} = 'resolved' then 3 else 2 end`;
  return sql`row(${level}, ${problems.deadline})`;
}

function sortColumn(sort: ProblemSort, clock: SupervisionClock) {
  if (sort === 'urgency') return urgency(clock);
  return { raisedOn: problems.raisedOn, deadline: problems.deadline }[sort];
}

/** The title or the firm's name contains the text. */
function mentions(db: Database, text: string | undefined) {
  if (!text) return undefined;
  const firmIds = db
    .select({ id: firms.id })
    .from(firms)
    .where(containsText(text, firms.name, firms.nameEn));
  return or(containsText(text, problems.title), inArray(problems.firmId, firmIds));
}

/** Problems at one 督办 level. */
function atLevel(clock: SupervisionClock, level: SupervisionLevel) {
  if (level === 'red') return isRedProblem(clock);
  if (level === 'amber') return isAmberProblem(clock);
  // A problem without a deadline compares to null: coalesce so it counts as not supervised.
  return sql`not coalesce(${isSupervisedProblem(clock.asOf)}, false)`;
}

/** One page of the problems matching the query, and how many match in all. */
export async function findProblems(db: Database, query: ProblemListQuery, clock: SupervisionClock) {
  const { asOf } = clock;
  const where = and(
    isNull(problems.withdrawnAt),
    mentions(db, query.q),
    query.chain ? eq(problems.chainId, query.chain) : undefined,
    query.status ? eq(problems.status, query.status) : undefined,
    query.department ? eq(problems.ownerDepartmentId, query.department) : undefined,
    query.stage ? sql`${handlingStageOf} = ${query.stage}` : undefined,
    query.category ? eq(problems.category, query.category) : undefined,
    whether(isOverdueProblem(asOf), query.overdue),
    query.supervision ? atLevel(clock, query.supervision) : undefined,
  );
  return findPage(
    selectProblems(db, clock).where(where),
    db.$count(problems, where),
    sortColumn(query.sort, clock),
    problems.id,
    query,
  );
}
