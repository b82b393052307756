import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app/create-app';
import { chainIndicatorsSchema } from '../../server/contract/indicators';
import { indicatorPeriodsSchema } from '../../server/contract/indicator-periods';
import {
  auditEvents,
  chains,
  indicatorPeriodLocks,
  indicators,
  indicatorValues,
} from '../../server/db/schema';
import { createTestUser, type TestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { getOk, useTestApi } from './support/api';
import { importFile, postFile, previewedCommitPath } from './support/import-files';
import { loadSampleIds, sendWrite } from './support/writes';

/*
 * Issue 16: a figure carries its as-of day, source and who entered it; a quarter locks 15 days
 * after it ends (on the city's calendar) unless a system administrator reopens it. The sample
 * city is loaded for 2026-06-15 (tests/support/sample-clock.ts): 2026Q1 ended on 2026-03-31 and
 * is locked since 2026-04-16; 2026Q2 is open, and stays open through 2026-07-15.
 */

describe.each(engines)('indicator figures you can trust on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let indicatorId: number;
  let chainCode: string;
  let indicatorCode: string;
  let higher: boolean;
  let editor: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    const ids = await loadSampleIds(api.db);
    indicatorId = ids.indicatorOfA;
    const [row] = await api.db
      .select({ chain: chains.code, code: indicators.code, direction: indicators.direction })
      .from(indicators)
      .innerJoin(chains, eq(chains.id, indicators.chainId))
      .where(eq(indicators.id, indicatorId));
    if (!row) throw new Error('No indicator of chain A');
    chainCode = row.chain;
    indicatorCode = row.code;
    higher = row.direction !== 'lower_is_better';
    editor = await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainA] });
    admin = await createTestUser(api.db, { role: 'admin' });
  });

  const thresholds = () =>
    higher
      ? { target: 10, warningThreshold: 8, excellentThreshold: 12 }
      : { target: 10, warningThreshold: 12, excellentThreshold: 8 };

  const stored = async (period: string) => {
    const [row] = await api.db
      .select()
      .from(indicatorValues)
      .where(and(eq(indicatorValues.indicatorId, indicatorId), eq(indicatorValues.period, period)));
    return row;
  };

  const save = (
    period: string,
    body: Record<string, unknown>,
    cookie = editor.cookie,
    app: App = api.app,
  ) =>
    sendWrite(
      app,
      { method: 'PUT', path: `/api/indicators/${indicatorId}/values/${period}`, body },
      { cookie },
    );

  const figure = async (period: string, value: number, provenance: Record<string, unknown>) => ({
    value,
    ...thresholds(),
    ...provenance,
    version: (await stored(period))?.version ?? null,
  });

  const reopen = async (period: string, until: string, cookie = admin.cookie) => {
    const [lock] = await api.db
      .select()
      .from(indicatorPeriodLocks)
      .where(eq(indicatorPeriodLocks.period, period));
    return sendWrite(
      api.app,
      {
        method: 'POST',
        path: `/api/indicator-periods/${period}/reopen`,
        body: { until, reason: '统计局修订一季度数据', version: lock?.version ?? null },
      },
      { cookie },
    );
  };

  it('requires a figure’s as-of day within its quarter and its source, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ asOf: null, source: '统计局月报' }, 'asOf'],
      [{ asOf: '2026-06-30', source: null }, 'source'],
      [{ asOf: '2026-06-30', source: '   ' }, 'source'],
      [{ asOf: '2026-07-01', source: '统计局月报' }, 'asOf'],
      [{ asOf: '2026-03-31', source: '统计局月报' }, 'asOf'],
      [{ asOf: '0000-06-30', source: '统计局月报' }, 'asOf'],
    ];
    for (const [provenance, field] of cases) {
      const answer = await save('2026Q2', await figure('2026Q2', 11, provenance));
      expect(answer.status, JSON.stringify(answer.body)).toBe(400);
      expect(Object.keys((answer.body as { error: { fields: object } }).error.fields)).toEqual([
        field,
      ]);
    }
    expect(await stored('2026Q2')).toBeUndefined();
  });

  it('stores the provenance and the real user who entered the figure, and shows their name', async () => {
    const answer = await save(
      '2026Q2',
      await figure('2026Q2', 11, { asOf: '2026-06-10', source: '企业填报' }),
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({ asOf: '2026-06-10', source: '企业填报' });
    const row = await stored('2026Q2');
    expect(row).toMatchObject({ asOf: '2026-06-10', source: '企业填报', enteredBy: editor.id });
    const { indicators: read } = await getOk(
      api,
      `/api/chains/${(await loadSampleIds(api.db)).chainA}/indicators`,
      chainIndicatorsSchema,
    );
    const value = read
      .find((indicator) => indicator.id === indicatorId)
      ?.values.find((item) => item.period === '2026Q2');
    expect(value?.enteredBy).toEqual({
      username: editor.username,
      displayName: editor.displayName,
    });
    expect(value?.asOf).toBe('2026-06-10');
    // The sample's own figures are as of their quarter's end, from the indicator's source.
    const sample = await stored('2026Q1');
    expect(sample?.asOf).toBe('2026-03-31');
    expect(sample?.source).not.toBeNull();
  });

  it('refuses every write of a figure in a locked quarter with 409 naming it; nothing changes', async () => {
    const before = await stored('2026Q1');
    if (!before) throw new Error('The sample has no 2026Q1 figure');
    const changed = await save(
      '2026Q1',
      await figure('2026Q1', 99, { asOf: '2026-03-31', source: '统计局月报' }),
    );
    expect(changed.status).toBe(409);
    expect(changed.body).toMatchObject({
      error: { code: 'period_locked', fields: { period: 'is locked since 2026-04-16' } },
    });
    expect((changed.body as { error: { message: string } }).error.message).toContain('2026Q1');
    const withdrawn = await sendWrite(
      api.app,
      {
        method: 'POST',
        path: `/api/indicator-values/${before.id}/withdraw`,
        body: { version: before.version },
      },
      { cookie: editor.cookie },
    );
    expect(withdrawn.status).toBe(409);
    expect(await stored('2026Q1')).toEqual(before);
  });

  it('refuses an import that changes a locked quarter, and takes one of an open quarter', async () => {
    const row = (period: string, value: number, asOf: string) => ({
      chainId: chainCode,
      indicator: indicatorCode,
      period,
      value,
      ...thresholds(),
      asOf,
      source: '统计局月报',
    });
    const before = await stored('2026Q1');
    const locked = await importFile('indicator-values', [row('2026Q1', 77, '2026-03-31')]);
    const refused = await postFile(
      api.app,
      await previewedCommitPath(api.app, 'indicator-values', locked, editor.cookie),
      locked,
      { cookie: editor.cookie },
    );
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    expect(refused.body.error?.code).toBe('period_locked');
    expect(await stored('2026Q1')).toEqual(before);

    const open = await importFile('indicator-values', [row('2026Q2', 12, '2026-06-12')]);
    const taken = await postFile(
      api.app,
      await previewedCommitPath(api.app, 'indicator-values', open, editor.cookie),
      open,
      { cookie: editor.cookie },
    );
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);
    expect(await stored('2026Q2')).toMatchObject({ value: 12, enteredBy: editor.id });
  });

  it('lets only a system administrator reopen a quarter, audited, and relock it', async () => {
    const refused = await reopen('2026Q1', '2026-06-30', editor.cookie);
    expect(refused.status).toBe(403);
    expect(await api.db.select().from(indicatorPeriodLocks)).toEqual([]);

    const reopened = await reopen('2026Q1', '2026-06-30');
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    const periods = await getOk(api, '/api/indicator-periods', indicatorPeriodsSchema);
    expect(periods.periods.map((period) => [period.period, period.state]).slice(0, 3)).toEqual([
      ['2026Q2', 'open'],
      ['2026Q1', 'reopened'],
      ['2025Q4', 'locked'],
    ]);
    const corrected = await save(
      '2026Q1',
      await figure('2026Q1', 13, { asOf: '2026-03-31', source: '统计局修订' }),
    );
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);

    const version = (reopened.body as { version: number }).version;
    const relock = (cookie: string) =>
      sendWrite(
        api.app,
        {
          method: 'POST',
          path: '/api/indicator-periods/2026Q1/relock',
          body: { reason: '修订完毕', version },
        },
        { cookie },
      );
    expect((await relock(editor.cookie)).status).toBe(403);
    const relocked = await relock(admin.cookie);
    expect(relocked.status, JSON.stringify(relocked.body)).toBe(200);
    const again = await save(
      '2026Q1',
      await figure('2026Q1', 14, { asOf: '2026-03-31', source: '统计局修订' }),
    );
    expect(again.status).toBe(409);
    expect((await stored('2026Q1'))?.value).toBe(13);

    const trail = await api.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityType, 'indicator_period'), eq(auditEvents.entityId, '2026Q1')),
      )
      .orderBy(desc(auditEvents.id));
    expect(trail.map((event) => [event.action, event.actor])).toEqual([
      ['update', admin.username],
      ['create', admin.username],
    ]);
    expect(trail[0]?.after).toMatchObject({ reopenedUntil: null, reason: '修订完毕' });
    expect(trail[1]?.after).toMatchObject({ reopenedUntil: '2026-06-30' });
  });

  it('refuses a reopening that means nothing: an open quarter, a day already past', async () => {
    const open = await reopen('2026Q2', '2026-06-30');
    expect(open.status).toBe(400);
    expect(open.body).toMatchObject({ error: { fields: { period: expect.any(String) } } });
    const past = await reopen('2025Q4', '2026-06-14');
    expect(past.status).toBe(400);
    expect(past.body).toMatchObject({ error: { fields: { until: expect.any(String) } } });
  });

  it('locks a quarter on the city’s day after the grace period, not the UTC day', async () => {
    const at = (instant: string, graceDays?: number) =>
      createApp({
        db: api.db,
        now: () => new Date(instant),
        ...(graceDays === undefined ? {} : { indicatorLockAfterDays: graceDays }),
      });
    const body = async (value: number) =>
      figure('2026Q2', value, { asOf: '2026-06-30', source: '统计局月报' });
    // The last city day of the grace period: still open.
    const lastDay = at('2026-07-15T23:59:00+08:00');
    expect((await save('2026Q2', await body(15), editor.cookie, lastDay)).status).toBe(200);
    // Half a minute into 2026-07-16 in the city, still 2026-07-15 in UTC: locked.
    const nextDay = at('2026-07-16T00:00:30+08:00');
    const locked = await save('2026Q2', await body(16), editor.cookie, nextDay);
    expect(locked.status).toBe(409);
    expect(locked.body).toMatchObject({ error: { code: 'period_locked' } });
    // A shorter grace period (INDICATOR_LOCK_AFTER_DAYS=3) locks it from 2026-07-04.
    const shorter = at('2026-07-04T08:00:00+08:00', 3);
    expect((await save('2026Q2', await body(17), editor.cookie, shorter)).status).toBe(409);
    expect((await stored('2026Q2'))?.value).toBe(15);
  });
});
