import { eq, ne } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EntityKind } from '../../server/app/writes/entity';
import { revertibleKinds } from '../../server/app/writes/kinds';
import type { SessionUser } from '../../server/contract/auth';
import { auditEntityTypes } from '../../server/contract/domain';
import type { Database } from '../../server/db/database';
import { departments, firmChains, indicatorValues } from '../../server/db/schema';
import { createTestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { useTestApi } from './support/api';
import {
  changeAsAdmin,
  firmInChains,
  firmKind,
  recordOfChain,
  setupAdmin,
} from './support/reverts';
import {
  loadSampleIds,
  parkSampleBody,
  routesOutsideTheMatrix,
  sendWrite,
  writeRouteSamples,
  writeRoutesOf,
  type SampleIds,
  type WriteScope,
} from './support/writes';
import { campaignBody, leadOfA, supplyItemBody, write } from './support/investment';

/*
 * Every write route × every kind of caller → the answer it must get. Built from the app's own
 * route table: a write route added without a sample here fails the first test.
 */

const callers = [
  'no session',
  'viewer',
  'editor in scope',
  'editor out of scope',
  'admin',
  'security admin',
  'audit admin',
  'department user',
  'other department user',
] as const;
type Caller = (typeof callers)[number];

/*
 * 三权分立: the security administrator writes credentials only, the audit administrator nothing,
 * and the system administrator everything but credentials.
 */
function expectedStatus(scope: WriteScope, caller: Caller): 'success' | 401 | 403 {
  if (caller === 'no session') return 401;
  // A department handles its own problems and changes nothing else; nobody else handles them.
  if (scope === 'department') return caller === 'department user' ? 'success' : 403;
  const departmentUser = caller === 'department user' || caller === 'other department user';
  // Their own inbox is every reader's; department users read the data, so they have one.
  if (departmentUser) return scope === 'reader' ? 'success' : 403;
  if (caller === 'security admin') return scope === 'credentials' ? 'success' : 403;
  if (caller === 'audit admin' || scope === 'credentials') return 403;
  if (caller === 'admin' || scope === 'reader') return 'success';
  if (scope === 'editor') return caller === 'viewer' ? 403 : 'success';
  if (scope === 'admin' || caller === 'viewer' || caller === 'editor out of scope') return 403;
  return 'success';
}

/**
 * Sessions of the security and audit administrators and of two departments' users (the one the
 * samples' problems are assigned to, and another), beside the other callers'.
 */
async function setAdministrators(
  db: Database,
  cookies: Map<string, string | undefined>,
  departmentId: number,
) {
  cookies.set('security admin', (await createTestUser(db, { role: 'security_admin' })).cookie);
  cookies.set('audit admin', (await createTestUser(db, { role: 'audit_admin' })).cookie);
  const departmentUser = async (id: number) =>
    (await createTestUser(db, { role: 'department', departmentId: id })).cookie;
  cookies.set('department user', await departmentUser(departmentId));
  const [other] = await db
    .select({ id: departments.id })
    .from(departments)
    .where(ne(departments.id, departmentId))
    .limit(1);
  cookies.set('other department user', await departmentUser(other?.id ?? -1));
}

describe.each(engines)('authorization matrix on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let ids: SampleIds;
  const cookies = new Map<Caller, string | undefined>();

  beforeAll(async () => {
    ids = await loadSampleIds(api.db);
    cookies.set('no session', undefined);
    cookies.set('viewer', (await createTestUser(api.db, { role: 'viewer' })).cookie);
    cookies.set(
      'editor in scope',
      (await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainA] })).cookie,
    );
    cookies.set(
      'editor out of scope',
      (await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainB] })).cookie,
    );
    cookies.set('admin', (await createTestUser(api.db, { role: 'admin' })).cookie);
    await setAdministrators(api.db, cookies, ids.departmentId);
  });

  it('has a sample request for every write route of the app', () => {
    const routes = writeRoutesOf(api.app).filter((route) => !routesOutsideTheMatrix.has(route));
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter((route) => !(route in writeRouteSamples))).toEqual([]);
    expect(Object.keys(writeRouteSamples).filter((route) => !routes.includes(route))).toEqual([]);
  });

  const cases = Object.entries(writeRouteSamples).flatMap(([route, sample]) =>
    callers.map((caller) => ({ route, sample, caller })),
  );

  it.each(cases)('$route as $caller', async ({ sample, caller }) => {
    const adminCookie = cookies.get('admin') as string;
    const request = await sample.build(ids, api.db, api.app, adminCookie, cookies.get(caller));
    const answer = await sendWrite(api.app, request, { cookie: cookies.get(caller) });
    const expected = expectedStatus(sample.scope, caller);
    const detail = `${request.method} ${request.path}: ${JSON.stringify(answer.body)}`;
    if (expected === 'success') {
      expect([200, 201, 204], detail).toContain(answer.status);
    } else {
      expect(answer.status, detail).toBe(expected);
    }
  });
});

/*
 * A revert is authorised as the write it performs: for every kind of record the audit trail can
 * revert, and for records that move between chains, every chain before and after the revert.
 */
describe.each(engines)('authorization of reverts on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let ids: SampleIds;
  const cookies = new Map<string, string | undefined>();
  let admin: SessionUser;

  beforeAll(async () => {
    ids = await loadSampleIds(api.db);
    admin = await setupAdmin(api.db);
    const editorOf = async (chainIds: number[]) =>
      (await createTestUser(api.db, { role: 'editor', chainIds })).cookie;
    cookies.set('no session', undefined);
    cookies.set('viewer', (await createTestUser(api.db, { role: 'viewer' })).cookie);
    cookies.set('editor in scope', await editorOf([ids.chainA]));
    cookies.set('editor out of scope', await editorOf([ids.chainB]));
    cookies.set('editor of both chains', await editorOf([ids.chainA, ids.chainB]));
    cookies.set('admin', (await createTestUser(api.db, { role: 'admin' })).cookie);
    await setAdministrators(api.db, cookies, ids.departmentId);
    // The sample's indicator figures are all of locked quarters: reopened here, since this is
    // about who may revert, not about the lock (indicator-trust.test.ts).
    const periods = await api.db
      .selectDistinct({ period: indicatorValues.period })
      .from(indicatorValues);
    for (const { period } of periods) {
      const reopened = await sendWrite(
        api.app,
        {
          method: 'POST',
          path: `/api/indicator-periods/${period}/reopen`,
          body: { until: '2026-06-30', reason: '撤销权限测试', version: null },
        },
        { cookie: cookies.get('admin') },
      );
      expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    }
    // Every sample park hosts several chains: one of chain A alone.
    const parked = await sendWrite(
      api.app,
      { method: 'POST', path: '/api/parks', body: parkSampleBody(ids.chainA) },
      { cookie: cookies.get('admin') },
    );
    expect(parked.status, JSON.stringify(parked.body)).toBe(201);
    // The sample city has no yearly assessments: one of a cluster of chain A alone.
    const { row: cluster } = await recordOfChain(
      api.db,
      revertibleKinds.cluster as EntityKind,
      ids.chainA,
    );
    const assessed = await sendWrite(
      api.app,
      {
        method: 'POST',
        path: `/api/clusters/${(cluster as { id: number }).id}/assessments`,
        // A year before any of the sample city's assessments.
        body: { year: 2001, result: 'good', note: null },
      },
      { cookie: cookies.get('admin') },
    );
    expect(assessed.status, JSON.stringify(assessed.body)).toBe(201);
    // The 补链招商 records of chain A alone, which the sample city may not have yet.
    const adminCookie = cookies.get('admin') ?? '';
    await leadOfA(api.app, adminCookie, api.db, ids);
    await write(api.app, adminCookie, 'POST', '/api/campaigns', campaignBody([ids.chainA]));
    await write(api.app, adminCookie, 'POST', '/api/supply-items', {
      chainId: ids.chainA,
      ...supplyItemBody(ids.linkOfA),
    });
  });

  const revert = (eventId: number, version: number, caller: string) =>
    sendWrite(
      api.app,
      { method: 'POST', path: `/api/audit-events/${eventId}/revert`, body: { version } },
      { cookie: cookies.get(caller) },
    );

  it('covers every kind of record the audit trail names, but users, backups, throttles and quarter locks', () => {
    // A user's role and scope are set by an administrator on purpose, never by an undo; a
    // backup changes no record; a cleared sign-in throttle is not brought back; a quarter's lock
    // is opened and closed by an administrator with a reason, never undone.
    const notRevertible = ['user', 'backup', 'login_throttle', 'indicator_period'];
    expect(Object.keys(revertibleKinds).sort()).toEqual(
      auditEntityTypes.filter((type) => !notRevertible.includes(type)).sort(),
    );
  });

  // A technology supplier is of no chain: only administrators write it, as the write matrix
  // checks; there is no record "of chain A" to revert.
  const cases = Object.entries(revertibleKinds)
    .filter(([type]) => type !== 'tech_supply')
    .flatMap(([type, kind]) =>
      callers.map((caller) => ({ type, kind: kind as EntityKind, caller })),
    );

  it.each(cases)('reverting a $type change of chain A as $caller', async ({ kind, caller }) => {
    const { row } = await recordOfChain(api.db, kind, ids.chainA);
    const entityId = kind.entityIdOf(row);
    const { eventId, version } = await changeAsAdmin(api.db, admin, kind, entityId);
    const answer = await revert(eventId, version, caller);
    const expected = expectedStatus('chain', caller);
    const detail = `${kind.type} ${entityId}: ${JSON.stringify(answer.body)}`;
    if (expected === 'success') expect(answer.status, detail).toBe(200);
    else expect(answer.status, detail).toBe(expected);
  });

  it.each([
    ['editor in scope', 403],
    ['editor out of scope', 403],
    ['editor of both chains', 200],
    ['admin', 200],
  ] as const)(
    'a firm moved from chain B into chain A: reverting it back into B as %s → %i',
    async (caller, status) => {
      const firmId = await firmInChains(api.db, [ids.chainB], `迁入企业 ${caller}`);
      const moved = await changeAsAdmin(api.db, admin, firmKind, firmId, {
        chainIds: [ids.chainA],
      });
      const answer = await revert(moved.eventId, moved.version, caller);
      expect(answer.status, JSON.stringify(answer.body)).toBe(status);
      const chainsNow = await api.db
        .select({ chainId: firmChains.chainId })
        .from(firmChains)
        .where(eq(firmChains.firmId, Number(firmId)));
      expect(chainsNow.map((row) => row.chainId)).toEqual(
        status === 200 ? [ids.chainB] : [ids.chainA],
      );
    },
  );

  it.each([
    ['editor in scope', 403],
    ['editor of both chains', 200],
  ] as const)(
    'a firm of chains A and B renamed: reverting the name as %s → %i',
    async (caller, status) => {
      const firmId = await firmInChains(api.db, [ids.chainA, ids.chainB], `两链企业 ${caller}`);
      const renamed = await changeAsAdmin(api.db, admin, firmKind, firmId, {
        name: `改名 ${caller}`,
      });
      const answer = await revert(renamed.eventId, renamed.version, caller);
      expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    },
  );
});
