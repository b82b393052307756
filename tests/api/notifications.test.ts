import { and, eq, sql } from 'drizzle-orm';
import { DEFAULT_INDICATOR_LOCK_AFTER_DAYS } from '../../server/contract/indicator-periods';
import { beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../server/app/create-app';
import { sweepNotifications } from '../../server/app/notifications/sweep';
import { updateRecord } from '../../server/app/writes/operations';
import { chainStatusKind } from '../../server/app/writes/kinds/chain';
import type { SessionUser } from '../../server/contract/auth';
import {
  notificationPageSchema,
  notificationSchema,
  readAllSchema,
  unreadCountSchema,
} from '../../server/contract/notifications';
import type { Database } from '../../server/db/database';
import { chains, notifications, problems, statusReports, taskForces } from '../../server/db/schema';
import { sampleNow } from '../support/sample-clock';
import { createTestUser, type TestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { expectInvalid, useTestApi } from './support/api';
import { loadSampleIds } from './support/writes';

const HOUR = 60 * 60 * 1000;

async function request(
  app: { request: (path: string, init: RequestInit) => Response | Promise<Response> },
  cookie: string,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
) {
  const response = await app.request(path, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

/** Sets a chain's status note as `cookie`'s user, through the API, at the version it has now. */
async function changeChain(
  app: Parameters<typeof request>[0],
  db: Database,
  cookie: string,
  id: number,
) {
  const [chain] = await db
    .select({ version: chains.version })
    .from(chains)
    .where(eq(chains.id, id));
  const answer = await request(app, cookie, 'PUT', `/api/chains/${id}/status`, {
    status: 'amber',
    statusNote: `通知测试 ${Math.random()}`,
    version: chain?.version,
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
}

function chainChangesOf(db: Database, userId: number, chainId: number) {
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.recipientId, userId),
        eq(notifications.kind, 'chain_changed'),
        eq(notifications.subjectId, chainId),
      ),
    )
    .orderBy(notifications.id);
}

describe.each(engines)('notifications on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let chainA = 0;
  let chainB = 0;
  let author: TestUser;
  let colleague: TestUser;
  let otherChainEditor: TestUser;

  beforeAll(async () => {
    ({ chainA, chainB } = await loadSampleIds(api.db));
    author = await createTestUser(api.db, { role: 'editor', chainIds: [chainA] });
    colleague = await createTestUser(api.db, { role: 'editor', chainIds: [chainA] });
    otherChainEditor = await createTestUser(api.db, { role: 'editor', chainIds: [chainB] });
  });

  test('a write tells the chain’s other editors, not its author nor other chains’ editors', async () => {
    await changeChain(api.app, api.db, author.cookie, chainA);
    const [told] = await chainChangesOf(api.db, colleague.id, chainA);
    expect(told).toMatchObject({ subjectType: 'chain', chainId: chainA, readAt: null });
    expect(told?.params).toMatchObject({ actor: author.displayName, count: 1 });
    expect(await chainChangesOf(api.db, author.id, chainA)).toEqual([]);
    expect(await chainChangesOf(api.db, otherChainEditor.id, chainA)).toEqual([]);
  });

  test('a write that rolls back tells nobody', async () => {
    const writer = await createTestUser(api.db, { role: 'editor', chainIds: [chainB] });
    const user: SessionUser = { ...writer, role: 'editor', chainIds: [chainB], departmentId: null };
    const [chain] = await api.db.select().from(chains).where(eq(chains.id, chainB));
    const failing = api.db.transaction(async (tx) => {
      await updateRecord(
        { tx, user, now: sampleNow(), indicatorLockAfterDays: DEFAULT_INDICATOR_LOCK_AFTER_DAYS },
        chainStatusKind,
        String(chainB),
        chain?.version ?? 0,
        { status: 'red', statusNote: '回滚' },
        'Chain',
      );
      // The notification exists inside the write's transaction…
      expect(
        await chainChangesOf(tx as unknown as Database, otherChainEditor.id, chainB),
      ).toHaveLength(1);
      throw new Error('rolled back');
    });
    await expect(failing).rejects.toThrow('rolled back');
    // …and not after it rolled back.
    expect(await chainChangesOf(api.db, otherChainEditor.id, chainB)).toEqual([]);
  });

  test('a burst of one author’s writes is one notification until it is read or an hour passes', async () => {
    const reader = await createTestUser(api.db, { role: 'editor', chainIds: [chainA] });
    let now = new Date('2026-06-16T09:00:00+08:00');
    const app = createApp({ db: api.db, now: () => now });
    for (let i = 0; i < 3; i++) await changeChain(app, api.db, author.cookie, chainA);
    let rows = await chainChangesOf(api.db, reader.id, chainA);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.params).toMatchObject({ count: 3 });

    // 59 minutes later the burst goes on; once read, the next write starts a new one.
    now = new Date(now.getTime() + HOUR - 60_000);
    await changeChain(app, api.db, author.cookie, chainA);
    rows = await chainChangesOf(api.db, reader.id, chainA);
    expect(rows.map((row) => (row.params as { count: number }).count)).toEqual([4]);
    const read = await request(
      app,
      reader.cookie,
      'POST',
      `/api/notifications/${rows[0]?.id}/read`,
    );
    expect(read.status).toBe(200);
    await changeChain(app, api.db, author.cookie, chainA);
    rows = await chainChangesOf(api.db, reader.id, chainA);
    expect(rows.map((row) => (row.params as { count: number }).count)).toEqual([4, 1]);

    // An hour without a write by the author ends the burst, read or not.
    now = new Date(now.getTime() + HOUR + 1);
    await changeChain(app, api.db, author.cookie, chainA);
    rows = await chainChangesOf(api.db, reader.id, chainA);
    expect(rows.map((row) => (row.params as { count: number }).count)).toEqual([4, 1, 1]);

    // Another author's writes are a notification of their own.
    await changeChain(app, api.db, colleague.cookie, chainA);
    expect(await chainChangesOf(api.db, reader.id, chainA)).toHaveLength(4);
  });

  describe('the sweep', () => {
    const deadline = '2026-07-10';
    let problemId = 0;
    let editor: TestUser;
    const ofProblem = () =>
      api.db
        .select({ kind: notifications.kind, dedupeKey: notifications.dedupeKey })
        .from(notifications)
        .where(
          and(
            eq(notifications.recipientId, editor.id),
            eq(notifications.subjectId, problemId),
            eq(notifications.subjectType, 'problem'),
          ),
        )
        .orderBy(notifications.id);
    const sweepAt = (instant: string) =>
      sweepNotifications(api.db, new Date(instant), { dueSoonDays: 3 });

    beforeAll(async () => {
      editor = await createTestUser(api.db, { role: 'editor', chainIds: [chainB] });
      const [firm] = await api.db
        .execute(sql`select firm_id from firm_chains where chain_id = ${chainB} limit 1`)
        .then((result) => (result as unknown as { rows: { firm_id: number }[] }).rows);
      const [made] = await api.db
        .insert(problems)
        .values({
          chainId: chainB,
          firmId: firm?.firm_id ?? null,
          title: '通知测试问题',
          category: '通知测试',
          raisedOn: '2026-06-01',
          deadline,
          status: 'assigned',
        })
        .returning({ id: problems.id });
      problemId = made?.id ?? 0;
    });

    test('tells a problem’s chain editors from N days before its deadline, by the city’s calendar', async () => {
      // 23:30 in the city on 07-06 is 4 days before the deadline (15:30 UTC the same day).
      await sweepAt('2026-07-06T23:30:00+08:00');
      expect(await ofProblem()).toEqual([]);
      // 00:30 in the city on 07-07 is still 07-06 in UTC: the city's day decides.
      await sweepAt('2026-07-07T00:30:00+08:00');
      expect(await ofProblem()).toEqual([{ kind: 'problem_due_soon', dedupeKey: deadline }]);
    });

    test('tells it once more when overdue, from the city’s next day on, and never twice', async () => {
      await sweepAt('2026-07-10T23:30:00+08:00');
      expect(await ofProblem()).toHaveLength(1);
      await sweepAt('2026-07-11T00:30:00+08:00');
      await sweepAt('2026-07-11T00:30:00+08:00');
      await sweepAt('2026-07-20T10:00:00+08:00');
      expect(await ofProblem()).toEqual([
        { kind: 'problem_due_soon', dedupeKey: deadline },
        { kind: 'problem_overdue', dedupeKey: deadline },
      ]);
    });

    test('tells the task force’s editors of a report due this period and of the last one missing', async () => {
      await api.db
        .update(taskForces)
        .set({ reportCadence: 'weekly' })
        .where(eq(taskForces.chainId, chainB));
      // Filed the week of 06-22, none in the weeks of 06-29 and 07-06: on Saturday 07-11 this
      // week's report is due in a day and last week's is missing.
      await api.db
        .update(statusReports)
        .set({ withdrawnAt: new Date() })
        .where(
          and(eq(statusReports.chainId, chainB), sql`${statusReports.reportedOn} >= '2026-06-22'`),
        );
      await api.db.insert(statusReports).values({
        chainId: chainB,
        reportedOn: '2026-06-24',
        status: 'green',
        title: '周报',
        body: '周报',
        authorName: '测试',
      });
      const ofReports = () =>
        api.db
          .select({ kind: notifications.kind, params: notifications.params })
          .from(notifications)
          .where(
            and(
              eq(notifications.recipientId, editor.id),
              eq(notifications.subjectType, 'task_force'),
              eq(notifications.subjectId, chainB),
            ),
          )
          .orderBy(notifications.kind);
      await sweepAt('2026-07-09T10:00:00+08:00');
      expect(await ofReports()).toEqual([
        { kind: 'report_missing', params: { periodEndsOn: '2026-07-05' } },
      ]);
      await sweepAt('2026-07-11T10:00:00+08:00');
      await sweepAt('2026-07-11T11:00:00+08:00');
      expect(await ofReports()).toEqual([
        { kind: 'report_due', params: { periodEndsOn: '2026-07-12' } },
        { kind: 'report_missing', params: { periodEndsOn: '2026-07-05' } },
      ]);
    });
  });

  describe('reading', () => {
    let reader: TestUser;
    let stranger: TestUser;

    beforeAll(async () => {
      reader = await createTestUser(api.db, { role: 'editor', chainIds: [chainA] });
      stranger = await createTestUser(api.db, { role: 'editor', chainIds: [chainA] });
      await changeChain(api.app, api.db, author.cookie, chainA);
    });

    const get = async <T>(cookie: string, path: string, schema: { parse: (v: unknown) => T }) => {
      const answer = await request(api.app, cookie, 'GET', path);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      return schema.parse(answer.body);
    };

    test('the bell’s count sweeps first: the chain’s overdue problems are there on first look', async () => {
      const overdue = await api.db.execute(
        sql`select count(*)::int as n from problems where chain_id = ${chainA} and withdrawn_at is null and status <> 'resolved' and deadline < ${'2026-06-15'}::date`,
      );
      const n = Number((overdue as unknown as { rows: { n: number }[] }).rows[0]?.n);
      expect(n).toBeGreaterThan(0);
      const { unread } = await get(
        reader.cookie,
        '/api/notifications/unread-count',
        unreadCountSchema,
      );
      const page = await get(
        reader.cookie,
        '/api/notifications?pageSize=100',
        notificationPageSchema,
      );
      expect(page.items.filter((item) => item.kind === 'problem_overdue')).toHaveLength(n);
      expect(unread).toBe(page.total);
      expect(page.unread).toBe(unread);
    });

    test('lists my own, latest first, marks one read, then all', async () => {
      const page = await get(
        reader.cookie,
        '/api/notifications?pageSize=100',
        notificationPageSchema,
      );
      const change = page.items.find((item) => item.kind === 'chain_changed');
      expect(change).toMatchObject({
        chain: { id: chainA },
        subject: { type: 'chain', id: chainA },
        params: { actor: author.displayName, count: 1 },
      });
      const times = page.items.map((item) => item.updatedAt);
      expect([...times].sort().reverse()).toEqual(times);

      const first = change?.id;
      const read = await request(
        api.app,
        reader.cookie,
        'POST',
        `/api/notifications/${first}/read`,
      );
      expect(read.status).toBe(200);
      expect(notificationSchema.parse(read.body).readAt).not.toBeNull();
      const unreadOnly = await get(
        reader.cookie,
        '/api/notifications?unread=true&pageSize=100',
        notificationPageSchema,
      );
      expect(unreadOnly.items.map((item) => item.id)).not.toContain(first);
      expect(unreadOnly.total).toBe(page.unread - 1);
      expect(unreadOnly.unread).toBe(page.unread - 1);

      const all = await request(api.app, reader.cookie, 'POST', '/api/notifications/read-all');
      expect(readAllSchema.parse(all.body).marked).toBe(page.unread - 1);
      expect(
        await get(reader.cookie, '/api/notifications/unread-count', unreadCountSchema),
      ).toEqual({ unread: 0 });
    });

    test('another user’s notification is not there for me: 404, and not in my list', async () => {
      const [theirs] = await chainChangesOf(api.db, colleague.id, chainA);
      const answer = await request(
        api.app,
        stranger.cookie,
        'POST',
        `/api/notifications/${theirs?.id}/read`,
      );
      expect(answer.status).toBe(404);
      const [still] = await chainChangesOf(api.db, colleague.id, chainA);
      expect(still?.readAt).toBeNull();
      const mine = await get(
        stranger.cookie,
        '/api/notifications?pageSize=100',
        notificationPageSchema,
      );
      expect(mine.items.map((item) => item.id)).not.toContain(theirs?.id);
    });

    test('bad input is a 400 naming the field; the administrators of security and audit have none', async () => {
      await expectInvalid(
        { ...api, cookie: reader.cookie },
        '/api/notifications?unread=yes',
        'unread',
      );
      await expectInvalid(
        { ...api, cookie: reader.cookie },
        '/api/notifications?pageSize=0',
        'pageSize',
      );
      const bad = await request(api.app, reader.cookie, 'POST', '/api/notifications/abc/read');
      expect(bad.status).toBe(400);
      const auditor = await createTestUser(api.db, { role: 'audit_admin' });
      expect(
        (await request(api.app, auditor.cookie, 'GET', '/api/notifications/unread-count')).status,
      ).toBe(403);
    });
  });
});
