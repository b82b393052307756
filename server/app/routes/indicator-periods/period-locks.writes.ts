import { eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  addDays,
  indicatorPeriodLockRecordSchema,
  locksOn,
  MAX_REOPEN_DAYS,
  periodLockState,
  relockPeriodBodySchema,
  reopenPeriodBodySchema,
} from '../../../contract/indicator-periods';
import { periodSchema } from '../../../contract/writes';
import { indicatorPeriodLocks } from '../../../db/schema';
import { authorise } from '../../auth/permissions';
import { cityToday, type AppRouteHandler } from '../../context';
import { ConflictError, invalidField } from '../../errors';
import { indicatorPeriodKind } from '../../writes/kinds';
import { createRecord, updateRecord } from '../../writes/operations';
import { runWrite } from '../../writes/run-write';
import { snapshotOf } from '../../writes/snapshot';
import { updateRoute } from '../write-route';

const params = z.object({ period: periodSchema });

export const reopen = updateRoute({
  method: 'post',
  path: '/indicator-periods/{period}/reopen',
  summary:
    'Reopen a locked quarter for indicator figures until a day (inclusive), with a reason; system administrators only, audited',
  params,
  body: reopenPeriodBodySchema,
  record: indicatorPeriodLockRecordSchema,
});

export const relock = updateRoute({
  method: 'post',
  path: '/indicator-periods/{period}/relock',
  summary: 'Lock a reopened quarter again, with a reason; system administrators only, audited',
  params,
  body: relockPeriodBodySchema,
  record: indicatorPeriodLockRecordSchema,
});

export const handleReopen: AppRouteHandler<typeof reopen> = async (c) => {
  authorise(c.var.user, 'unlock_indicator_periods');
  const { period } = c.req.valid('param');
  const { until, reason, version } = c.req.valid('json');
  const today = cityToday(c);
  const grace = c.var.indicatorLockAfterDays;
  const lockDay = locksOn(period, grace);
  // A quarter still within its grace period takes figures anyway: reopening it would mean nothing.
  if (today < lockDay) {
    throw invalidField('period', `is open until ${addDays(lockDay, -1)}; it needs no reopening`);
  }
  if (until < today) throw invalidField('until', `must be ${today} or later`);
  const latest = addDays(today, MAX_REOPEN_DAYS);
  if (until > latest) throw invalidField('until', `must be ${latest} or earlier`);
  const values = { reopenedUntil: until, reason };
  const record = await runWrite(c, async (write) => {
    if (version !== null) {
      return updateRecord(write, indicatorPeriodKind, period, version, values, 'Quarter lock');
    }
    const [existing] = await write.tx
      .select()
      .from(indicatorPeriodLocks)
      .where(eq(indicatorPeriodLocks.period, period))
      .for('update');
    // The screen saw no reopening, but another administrator has made one meanwhile.
    if (existing)
      throw new ConflictError(await snapshotOf(write.tx, indicatorPeriodKind, existing));
    return createRecord(write, indicatorPeriodKind, null, { period }, values);
  });
  return c.json(indicatorPeriodLockRecordSchema.parse(record), 200);
};

export const handleRelock: AppRouteHandler<typeof relock> = async (c) => {
  authorise(c.var.user, 'unlock_indicator_periods');
  const { period } = c.req.valid('param');
  const { reason, version } = c.req.valid('json');
  const today = cityToday(c);
  const grace = c.var.indicatorLockAfterDays;
  const record = await runWrite(c, async (write) => {
    const [existing] = await write.tx
      .select()
      .from(indicatorPeriodLocks)
      .where(eq(indicatorPeriodLocks.period, period));
    const state = periodLockState(period, today, grace, existing?.reopenedUntil ?? null);
    // Only a reopening ends early; the automatic rule is not overridden the other way.
    if (existing && existing.version === version && state !== 'reopened') {
      throw invalidField('period', 'is not reopened');
    }
    return updateRecord(
      write,
      indicatorPeriodKind,
      period,
      version,
      { reopenedUntil: null, reason },
      'Quarter lock',
    );
  });
  return c.json(indicatorPeriodLockRecordSchema.parse(record), 200);
};
