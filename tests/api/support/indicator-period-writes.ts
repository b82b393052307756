import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { App } from '../../../server/app/create-app';
import type { Database } from '../../../server/db/database';
import { indicatorPeriodLocks } from '../../../server/db/schema';
import { sendWrite, type WriteRouteSample } from './writes';

/*
 * Reopening and relocking a quarter: the system administrator's. A quarter long past (2024Q1,
 * locked on the sample's day, 2026-06-15) so no other test's figures meet its state.
 */
const PERIOD = '2024Q1';

async function lockVersion(db: Database): Promise<number | null> {
  const [row] = await db
    .select({ version: indicatorPeriodLocks.version })
    .from(indicatorPeriodLocks)
    .where(eq(indicatorPeriodLocks.period, PERIOD));
  return row?.version ?? null;
}

/** Reopens the quarter as the administrator, so there is a reopening to relock. */
async function reopened(db: Database, app: App, adminCookie: string): Promise<number> {
  const answer = await sendWrite(
    app,
    {
      method: 'POST',
      path: `/api/indicator-periods/${PERIOD}/reopen`,
      body: { until: '2026-06-30', reason: '更正一季度产值', version: await lockVersion(db) },
    },
    { cookie: adminCookie },
  );
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body as { version: number }).version;
}

export const indicatorPeriodRouteSamples: Record<string, WriteRouteSample> = {
  'POST /api/indicator-periods/{period}/reopen': {
    scope: 'admin',
    build: async (_ids, db) => ({
      method: 'POST',
      path: `/api/indicator-periods/${PERIOD}/reopen`,
      body: { until: '2026-06-20', reason: '补录企业填报数据', version: await lockVersion(db) },
    }),
  },
  'POST /api/indicator-periods/{period}/relock': {
    scope: 'admin',
    build: async (_ids, db, app, adminCookie) => ({
      method: 'POST',
      path: `/api/indicator-periods/${PERIOD}/relock`,
      body: { reason: '更正完毕', version: await reopened(db, app, adminCookie) },
    }),
  },
};
