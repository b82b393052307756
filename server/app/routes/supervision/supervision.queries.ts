import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../../db/database';
import { chains, departments, firms, problems } from '../../../db/schema';
import { refColumns } from '../../queries/refs';
import {
  isAmberProblem,
  isRedProblem,
  isSupervisedProblem,
  supervisionLevel,
  type SupervisionClock,
} from '../../queries/rules';
import { aggregateRow, countWhere, textOrder } from '../../queries/sql';

function levelCounts(clock: SupervisionClock) {
  return { amber: countWhere(isAmberProblem(clock)), red: countWhere(isRedProblem(clock)) };
}

// A left join keeps departments and chains with nothing on the clock, counted 0.
const shownProblem = (on: ReturnType<typeof eq>) => and(on, isNull(problems.withdrawnAt));

/** The city-wide, per-department and per-chain counts of amber and red problems. */
export async function loadSupervisionSummary(db: Database, clock: SupervisionClock) {
  const [total, byDepartment, byChain] = await Promise.all([
    aggregateRow(db.select(levelCounts(clock)).from(problems).where(isNull(problems.withdrawnAt))),
    db
      .select({ department: refColumns(departments), ...levelCounts(clock) })
      .from(departments)
      .leftJoin(problems, shownProblem(eq(problems.ownerDepartmentId, departments.id)))
      .groupBy(departments.id, departments.name, departments.nameEn)
      .orderBy(textOrder(departments.nameSortKey), asc(departments.id)),
    db
      .select({ chain: refColumns(chains), ...levelCounts(clock) })
      .from(chains)
      .leftJoin(problems, shownProblem(eq(problems.chainId, chains.id)))
      .where(isNull(chains.retiredAt))
      .groupBy(chains.id, chains.name, chains.nameEn, chains.sortOrder)
      .orderBy(asc(chains.sortOrder), asc(chains.id)),
  ]);
  return { total, departments: byDepartment, chains: byChain };
}

export function findDepartment(db: Database, id: number) {
  return db.select(refColumns(departments)).from(departments).where(eq(departments.id, id));
}

/** A department's amber and red problems across chains, the oldest deadline first. */
export function findSupervisedProblems(
  db: Database,
  departmentId: number,
  clock: SupervisionClock,
) {
  return db
    .select({
      id: problems.id,
      title: problems.title,
      chain: refColumns(chains),
      firm: refColumns(firms),
      deadline: problems.deadline,
      daysOverdue: sql<number>`${clock.asOf}::date - ${problems.deadline}`.mapWith(Number),
      level: supervisionLevel(clock),
    })
    .from(problems)
    .leftJoin(chains, eq(problems.chainId, chains.id))
    .leftJoin(firms, eq(problems.firmId, firms.id))
    .where(
      and(
        eq(problems.ownerDepartmentId, departmentId),
        isNull(problems.withdrawnAt),
        isSupervisedProblem(clock.asOf),
      ),
    )
    .orderBy(asc(problems.deadline), asc(problems.id));
}
