import { count, eq } from 'drizzle-orm';
import { problems } from '../../db/schema';
import { isOverdueProblem } from './rules';
import { countWhere } from './sql';

/** The aggregate columns of a set of problems, for a select over `problems`. */
export function problemCountColumns(asOf: string) {
  return {
    total: count(),
    open: countWhere(eq(problems.status, 'open')),
    assigned: countWhere(eq(problems.status, 'assigned')),
    resolved: countWhere(eq(problems.status, 'resolved')),
    overdue: countWhere(isOverdueProblem(asOf)),
  };
}

/** The counts with their resolution rate: resolved / total, 0 when there is nothing to resolve. */
export function withResolutionRate<Counts extends { total: number; resolved: number }>(
  counts: Counts,
): Counts & { resolutionRate: number } {
  const { total, resolved } = counts;
  return { ...counts, resolutionRate: total === 0 ? 0 : resolved / total };
}
