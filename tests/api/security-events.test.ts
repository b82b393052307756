import ExcelJS from 'exceljs';
import { desc, eq, sql } from 'drizzle-orm';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cityWallClock } from '../../server/app/sheets/cell-values';
import { securityEventColumns } from '../../server/app/sheets/columns/security-events';
import { securityEventPageSchema } from '../../server/contract/security-events';
import { auditEvents, securityEvents } from '../../server/db/schema';
import { useSamplePolicy } from '../support/security-policy';
import { createTestUser, type TestUser } from '../support/sessions';
import { SAMPLE_TODAY } from '../support/sample-clock';
import { engines } from '../support/test-database';
import { expectInvalid, getError, getOk, sqlRows, useTestApi, type TestApi } from './support/api';

/** Four events around the sample day, in the city's time (UTC+8). */
const events = {
  // 06-13 10:00 in the city.
  wrongPassword: {
    at: new Date('2026-06-13T02:00:00Z'),
    type: 'sign_in',
    result: 'failure',
    actor: 'mallory',
    object: 'mallory',
    clientAddress: '203.0.113.9',
    detail: { reason: 'wrong_password' },
  },
  // 06-14 23:30 in the city.
  reset: {
    at: new Date('2026-06-14T15:30:00Z'),
    type: 'password_reset',
    result: 'success',
    actor: 'sec.zhang',
    actorRole: 'security_admin',
    object: 'li.ming',
    clientAddress: '198.51.100.20',
  },
  // 06-15 00:30 in the city: the next city day, though the same UTC day as the reset.
  signIn: {
    at: new Date('2026-06-14T16:30:00Z'),
    type: 'sign_in',
    result: 'success',
    actor: 'li.ming',
    actorRole: 'editor',
    object: 'li.ming',
    clientAddress: '198.51.100.7',
  },
  // 06-15 09:00 in the city.
  unlock: {
    at: new Date('2026-06-15T01:00:00Z'),
    type: 'unlock',
    result: 'success',
    actor: 'sec.zhang',
    actorRole: 'security_admin',
    object: 'mallory',
    clientAddress: '198.51.100.20',
    detail: { address: '203.0.113.9', cleared: 3 },
  },
};
type Name = keyof typeof events;

describe.each(engines)('the security audit on %s', (engine) => {
  const base = useTestApi(engine, { sample: false });
  let auditor: TestUser;
  let api: TestApi;
  const idOf = new Map<number, Name>();

  beforeAll(async () => {
    // Not about the second factor: the sample city's policy, which asks for none.
    await useSamplePolicy(base.db);
    auditor = await createTestUser(base.db, { role: 'audit_admin' });
    api = { app: base.app, db: base.db, cookie: auditor.cookie };
    for (const [name, event] of Object.entries(events)) {
      const [row] = await base.db
        .insert(securityEvents)
        .values(event)
        .returning({ id: securityEvents.id });
      idOf.set(row?.id ?? 0, name as Name);
    }
  });

  /** The names of the events a query lists, in the order it lists them. */
  const listed = async (query: string) => {
    const page = await getOk(api, `/api/security/events?${query}`, securityEventPageSchema);
    return page.items.map((event) => idOf.get(event.id));
  };

  it('lists every event newest first, as stored', async () => {
    const page = await getOk(api, '/api/security/events', securityEventPageSchema);
    expect(page).toMatchObject({ total: 4, page: 1, pageSize: 20 });
    expect(page.items.map((event) => idOf.get(event.id))).toEqual([
      'unlock',
      'signIn',
      'reset',
      'wrongPassword',
    ]);
    expect(page.items[0]).toEqual({
      id: expect.any(Number),
      at: '2026-06-15T01:00:00.000Z',
      type: 'unlock',
      result: 'success',
      actor: 'sec.zhang',
      actorRole: 'security_admin',
      object: 'mallory',
      clientAddress: '198.51.100.20',
      detail: { address: '203.0.113.9', cleared: 3 },
    });
    expect(page.items[3]).toMatchObject({ actorRole: null, detail: { reason: 'wrong_password' } });
    expect(await listed('pageSize=1&page=2')).toEqual(['signIn']);
  });

  it('filters by one type or several, written either way', async () => {
    expect(await listed('type=sign_in')).toEqual(['signIn', 'wrongPassword']);
    expect(await listed('type=unlock,sign_in')).toEqual(['unlock', 'signIn', 'wrongPassword']);
    expect(await listed('type=unlock&type=password_reset')).toEqual(['unlock', 'reset']);
  });

  it('filters by result, by actor and by object, in any case', async () => {
    expect(await listed('result=failure')).toEqual(['wrongPassword']);
    expect(await listed('actor=SEC.Zhang')).toEqual(['unlock', 'reset']);
    expect(await listed('object=li.ming')).toEqual(['signIn', 'reset']);
    expect(await listed('object=li.ming&type=sign_in')).toEqual(['signIn']);
  });

  it('filters by city calendar days, both ends included', async () => {
    expect(await listed(`from=${SAMPLE_TODAY}`)).toEqual(['unlock', 'signIn']);
    expect(await listed('to=2026-06-14')).toEqual(['reset', 'wrongPassword']);
    expect(await listed('from=2026-06-14&to=2026-06-14')).toEqual(['reset']);
  });

  it('searches the actor, the object and the address, taking % and _ literally', async () => {
    expect(await listed('q=203.0.113')).toEqual(['wrongPassword']);
    expect(await listed('q=ZHANG')).toEqual(['unlock', 'reset']);
    expect(await listed('q=li.m')).toEqual(['signIn', 'reset']);
    expect(await listed('q=%25')).toEqual([]);
    expect(await listed('q=li_ming')).toEqual([]);
  });

  const badFilters: [query: string, field: string][] = [
    ['type=sign_in,bogus', 'type'],
    ['type=,', 'type'],
    ['result=maybe', 'result'],
    ['from=2026-02-30', 'from'],
    ['from=2026-06-15&to=2026-06-14', 'to'],
    ['actor=a&actor=b', 'actor'],
  ];

  it.each([...badFilters, ['pageSize=101', 'pageSize'], ['page=0', 'page']])(
    'refuses %s in the list, naming %s',
    async (query, field) => {
      await expectInvalid(api, `/api/security/events?${query}`, field);
    },
  );

  it.each([...badFilters, ['format=pdf', 'format'], ['lang=fr', 'lang']])(
    'refuses %s in the export, naming %s',
    async (query, field) => {
      await expectInvalid(api, `/api/exports/security-events?${query}`, field);
    },
  );

  it('is the audit administrator’s alone: others get 403, no session 401', async () => {
    for (const role of ['viewer', 'editor', 'admin', 'security_admin'] as const) {
      const { cookie } = await createTestUser(base.db, { role });
      for (const path of ['/api/security/events', '/api/exports/security-events']) {
        const { error } = await getError({ ...api, cookie }, path, 403);
        expect(error.code, `${role} ${path}`).toBe('forbidden');
      }
    }
    for (const path of ['/api/security/events', '/api/exports/security-events']) {
      expect((await base.app.request(path)).status).toBe(401);
    }
  });

  it('has no way to change or remove an event through the API', async () => {
    const [id] = [...idOf.keys()];
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
      for (const path of [`/api/security/events/${id}`, '/api/security/events']) {
        const res = await base.app.request(path, {
          method,
          headers: { cookie: auditor.cookie, 'content-type': 'application/json' },
          body: method === 'DELETE' ? undefined : '{}',
        });
        expect([404, 405], `${method} ${path}`).toContain(res.status);
      }
    }
    const doc = (await (await base.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const trails = Object.entries(doc.paths).filter(([path]) =>
      /^\/api\/(security\/events|exports\/security-events)/.test(path),
    );
    expect(trails.map(([path, operations]) => [path, Object.keys(operations)])).toEqual([
      ['/api/security/events', ['get']],
      ['/api/exports/security-events', ['get']],
    ]);
    expect(await sqlRows(base, sql`select count(*)::int as n from security_events`)).toEqual([
      { n: 4 },
    ]);
  });

  it('exports the filtered events as CSV in English, and records the export', async () => {
    const res = await base.app.request(
      '/api/exports/security-events?type=sign_in&format=csv&lang=en-US',
      { headers: { cookie: auditor.cookie } },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain(
      `filename="security-events_${SAMPLE_TODAY}.csv"`,
    );
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const [header, ...rows] = Papa.parse<string[]>(text.trim()).data;
    expect(header).toEqual(securityEventColumns.map((column) => column.header['en-US']));
    expect(rows.map((row) => row.slice(1, 7))).toEqual([
      ['Sign-in', 'Succeeded', 'li.ming', 'Editor', 'li.ming', '198.51.100.7'],
      ['Sign-in', 'Failed', 'mallory', '', 'mallory', '203.0.113.9'],
    ]);
    expect(rows[1]?.[7]).toBe('reason: wrong_password');

    const [recorded] = await base.db
      .select()
      .from(securityEvents)
      .orderBy(desc(securityEvents.id))
      .limit(1);
    expect(recorded).toMatchObject({
      type: 'security_audit_export',
      result: 'success',
      actor: auditor.username,
      actorRole: 'audit_admin',
      object: 'security_events',
      detail: { format: 'csv', filters: { type: ['sign_in'] }, rows: 2 },
    });
    // Its own export is listed among the events from now on.
    expect(
      await getOk(api, '/api/security/events?type=security_audit_export', securityEventPageSchema),
    ).toMatchObject({ total: 1 });
  });

  it('exports as a workbook in Chinese, times as date cells in the city’s time', async () => {
    const res = await base.app.request('/api/exports/security-events?actor=sec.zhang', {
      headers: { cookie: auditor.cookie },
    });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await res.arrayBuffer()) as ExcelJS.Buffer);
    const [sheet] = workbook.worksheets;
    if (!sheet) throw new Error('no worksheet');
    expect(sheet.name).toBe('安全审计');
    expect((sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual(
      securityEventColumns.map((column) => column.header['zh-CN']),
    );
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getCell(2, 1).value).toEqual(cityWallClock(events.unlock.at));
    expect(sheet.getCell(2, 2).value).toBe('解除登录限制');
    expect(sheet.getCell(2, 5).value).toBe('安全管理员');
    expect(sheet.getCell(2, 8).value).toBe('address: 203.0.113.9\ncleared: 3');
    expect(sheet.getCell(3, 2).value).toBe('重置密码');
  });

  it('records nothing for an export it refuses', async () => {
    const before = await sqlRows(base, sql`select count(*)::int as n from security_events`);
    await expectInvalid(api, '/api/exports/security-events?result=maybe', 'result');
    expect(await sqlRows(base, sql`select count(*)::int as n from security_events`)).toEqual(
      before,
    );
  });
});

/*
 * Both trails are append-only in the database itself: whatever the app does (or a mistake in
 * it), PostgreSQL refuses to change or delete an event. Only the archiving command's own
 * transaction may delete, never change.
 */
describe.each(engines)('the audit trails in SQL on %s', (engine) => {
  const api = useTestApi(engine, { sample: false });
  let securityId: number;
  let auditId: number;

  beforeAll(async () => {
    const [security] = await api.db
      .insert(securityEvents)
      .values({ type: 'sign_out', result: 'success', actor: 'someone' })
      .returning({ id: securityEvents.id });
    const [audit] = await api.db
      .insert(auditEvents)
      .values({ actor: 'someone', action: 'update', entityType: 'policy', entityId: '1' })
      .returning({ id: auditEvents.id });
    securityId = security?.id ?? 0;
    auditId = audit?.id ?? 0;
  });

  /** The database's own message for a refused statement (drizzle wraps it). */
  async function refusal(statement: Promise<unknown>): Promise<string> {
    const error: unknown = await statement.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    if (!(error instanceof Error)) throw new Error('The statement was not refused');
    return error.cause instanceof Error ? error.cause.message : error.message;
  }

  const statements = () => ({
    'update security_events': sql`update security_events set result = 'failure' where id = ${securityId}`,
    'delete security_events': sql`delete from security_events where id = ${securityId}`,
    'update audit_events': sql`update audit_events set actor = 'nobody' where id = ${auditId}`,
    'delete audit_events': sql`delete from audit_events where id = ${auditId}`,
  });

  it.each([
    'update security_events',
    'delete security_events',
    'update audit_events',
    'delete audit_events',
  ] as const)('refuses %s', async (name) => {
    const message = await refusal(api.db.execute(statements()[name]));
    expect(message).toMatch(/append-only/);
    expect(message).toContain(name.split(' ')[0]?.toUpperCase());
  });

  it('lets only a transaction that says it archives delete, and never update', async () => {
    class RolledBack extends Error {}
    const deleted = await api.db
      .transaction(async (tx) => {
        await tx.execute(sql`select set_config('chainboard.archiving', 'on', true)`);
        const gone = await tx.execute(
          sql`delete from security_events where id = ${securityId} returning id::int as id`,
        );
        expect(await refusal(tx.execute(statements()['update audit_events']))).toMatch(
          /append-only/,
        );
        throw new RolledBack(
          JSON.stringify(z.object({ rows: z.array(z.unknown()) }).parse(gone).rows),
        );
      })
      .catch((error: unknown) => (error instanceof RolledBack ? error.message : error));
    expect(JSON.parse(String(deleted))).toEqual([{ id: securityId }]);
    // The setting lived only in that transaction: the next delete is refused again.
    expect(await refusal(api.db.execute(statements()['delete security_events']))).toMatch(
      /append-only/,
    );
    const kept = await api.db
      .select()
      .from(securityEvents)
      .where(eq(securityEvents.id, securityId));
    expect(kept).toHaveLength(1);
  });
});
