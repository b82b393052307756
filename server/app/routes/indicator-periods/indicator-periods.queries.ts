import { inArray } from 'drizzle-orm';
import {
  locksOn,
  periodLockState,
  previousQuarter,
  quarterBounds,
  quarterOf,
  type IndicatorPeriod,
} from '../../../contract/indicator-periods';
import type { Database } from '../../../db/database';
import { indicatorPeriodLocks } from '../../../db/schema';

/** How many quarters the administrators' screen lists: two years. */
const QUARTERS_LISTED = 8;

/** The current quarter of `today` and the ones before it, newest first, with their state. */
export async function loadIndicatorPeriods(
  db: Database,
  today: string,
  graceDays: number,
): Promise<IndicatorPeriod[]> {
  const periods = [quarterOf(today)];
  while (periods.length < QUARTERS_LISTED) {
    periods.push(previousQuarter(periods.at(-1) as string));
  }
  const rows = await db
    .select()
    .from(indicatorPeriodLocks)
    .where(inArray(indicatorPeriodLocks.period, periods));
  const byPeriod = new Map(rows.map((row) => [row.period, row]));
  return periods.map((period) => {
    const row = byPeriod.get(period);
    const reopenedUntil = row?.reopenedUntil ?? null;
    return {
      period,
      endsOn: quarterBounds(period)?.end ?? period,
      locksOn: locksOn(period, graceDays),
      state: periodLockState(period, today, graceDays, reopenedUntil),
      reopenedUntil,
      reason: row?.reason ?? null,
      version: row?.version ?? null,
      updatedAt: row?.updatedAt.toISOString() ?? null,
      updatedBy: row?.updatedBy ?? null,
    };
  });
}
