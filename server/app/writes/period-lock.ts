import { inArray } from 'drizzle-orm';
import { cityDay } from '../../contract/city-time';
import { locksOn, periodLockState } from '../../contract/indicator-periods';
import { indicatorPeriodLocks } from '../../db/schema';
import { HttpError } from '../errors';
import type { WriteContext } from './entity';
import type { Transaction } from './transaction';

/** A write of a figure in a locked quarter: 409 naming the quarter; nothing was written. */
export class PeriodLockedError extends HttpError {
  constructor(period: string, lockedOn: string) {
    super(
      409,
      'period_locked',
      `The quarter ${period} is locked since ${lockedOn}: its indicator figures cannot change unless an administrator reopens it`,
      { period: `is locked since ${lockedOn}` },
    );
  }
}

/** Of `periods`, those locked on the write's city day, oldest first. */
export async function lockedPeriods(
  tx: Transaction,
  context: Pick<WriteContext, 'now' | 'indicatorLockAfterDays'>,
  periods: readonly string[],
): Promise<string[]> {
  const today = cityDay(context.now);
  const grace = context.indicatorLockAfterDays;
  // Only quarters past their grace period can be locked; the rest need no read.
  const due = [...new Set(periods)].filter((period) => today >= locksOn(period, grace)).sort();
  if (due.length === 0) return [];
  const rows = await tx
    .select({ period: indicatorPeriodLocks.period, until: indicatorPeriodLocks.reopenedUntil })
    .from(indicatorPeriodLocks)
    .where(inArray(indicatorPeriodLocks.period, due))
    // Reopening or relocking in the same moment waits for this write, and the other way round.
    .for('share');
  const reopened = new Map(rows.map((row) => [row.period, row.until]));
  return due.filter(
    (period) => periodLockState(period, today, grace, reopened.get(period) ?? null) === 'locked',
  );
}

/** Refuses a write of a figure of `period` while the quarter is locked. */
export async function assertPeriodOpen(context: WriteContext, period: string): Promise<void> {
  const [locked] = await lockedPeriods(context.tx, context, [period]);
  if (locked) throw new PeriodLockedError(locked, locksOn(locked, context.indicatorLockAfterDays));
}
