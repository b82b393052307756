import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UserRole } from '../../server/contract/auth';
import { userRoles } from '../../server/contract/domain';
import { loadSecurityPolicy } from '../../server/app/security/policy';
import { securityPolicyBodySchema } from '../../server/contract/security';
import { users } from '../../server/db/schema';
import { createTestUser, type TestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { useTestApi } from './support/api';
import { sendWrite, writeRouteSamples, loadSampleIds, type WriteRequest } from './support/writes';
import { campaignBody, leadOfA, write } from './support/investment';

/*
 * 三权分立 (GB/T 22239-2019, level 3): the system administrator (`admin`) keeps the accounts of
 * viewers, editors and system administrators, the chains' data and the backups; the security
 * administrator keeps the accounts of security and audit administrators and everyone's
 * credentials; the audit administrator reads the trails. Every administration route × every
 * caller, then what each may and may not do to an account.
 */

const callers = ['no session', ...userRoles] as const;
type Caller = (typeof callers)[number];

let counter = 0;
const fresh = () => `sod-${Date.now().toString(36)}-${(counter += 1)}`;

interface AdministrationRoute {
  /** The roles that succeed; everyone else signed in gets 403, no session 401. */
  allowed: readonly UserRole[];
  /** A valid request, built afresh for each caller (a target of its own, at version 1). */
  request(): Promise<({ method: 'GET' } & Pick<WriteRequest, 'path'>) | WriteRequest>;
}

describe.each(engines)('separation of duties on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  const sessions = new Map<Caller, TestUser | undefined>();
  const cookieOf = (caller: Caller) => sessions.get(caller)?.cookie;
  const target = (role: UserRole) => createTestUser(api.db, { role });

  beforeAll(async () => {
    sessions.set('no session', undefined);
    for (const role of userRoles) {
      sessions.set(
        role,
        await createTestUser(api.db, { role, chainIds: role === 'editor' ? [1] : [] }),
      );
    }
  });

  const accountBody = (role: UserRole) => ({
    username: fresh(),
    displayName: '新账号',
    role,
    chainIds: [],
    password: 'A-long-enough-password-1',
  });
  const changeBody = (role: UserRole) => ({
    displayName: `改名 ${fresh()}`,
    role,
    chainIds: [],
    disabled: false,
    version: 1,
  });

  const routes: Record<string, AdministrationRoute> = {
    'GET /api/users': {
      allowed: ['admin', 'security_admin'],
      request: async () => ({ method: 'GET', path: '/api/users' }),
    },
    'POST /api/users (a viewer)': {
      allowed: ['admin'],
      request: async () => ({ method: 'POST', path: '/api/users', body: accountBody('viewer') }),
    },
    'POST /api/users (an audit administrator)': {
      allowed: ['security_admin'],
      request: async () => ({
        method: 'POST',
        path: '/api/users',
        body: accountBody('audit_admin'),
      }),
    },
    'PUT /api/users/{id} (an editor made a viewer)': {
      allowed: ['admin'],
      request: async () => ({
        method: 'PUT',
        path: `/api/users/${(await target('editor')).id}`,
        body: changeBody('viewer'),
      }),
    },
    'PUT /api/users/{id} (an audit administrator renamed)': {
      allowed: ['security_admin'],
      request: async () => ({
        method: 'PUT',
        path: `/api/users/${(await target('audit_admin')).id}`,
        body: changeBody('audit_admin'),
      }),
    },
    'PUT /api/users/{id}/password (a viewer’s)': {
      allowed: ['security_admin'],
      request: async () => ({
        method: 'PUT',
        path: `/api/users/${(await target('viewer')).id}/password`,
        body: { password: 'Another-long-password-2', version: 1 },
      }),
    },
    'PUT /api/users/{id}/password (a system administrator’s)': {
      allowed: ['security_admin'],
      request: async () => ({
        method: 'PUT',
        path: `/api/users/${(await target('admin')).id}/password`,
        body: { password: 'Another-long-password-2', version: 1 },
      }),
    },
    'GET /api/login-throttles': {
      allowed: ['security_admin'],
      request: async () => ({ method: 'GET', path: '/api/login-throttles' }),
    },
    'POST /api/login-throttles/clear': {
      allowed: ['security_admin'],
      request: async () => ({
        method: 'POST',
        path: '/api/login-throttles/clear',
        body: { username: fresh(), address: '192.0.2.1' },
      }),
    },
    'POST /api/admin/backup': {
      allowed: ['admin'],
      request: async () => ({ method: 'POST', path: '/api/admin/backup', body: {} }),
    },
    'GET /api/security/policy': {
      allowed: ['security_admin'],
      request: async () => ({ method: 'GET', path: '/api/security/policy' }),
    },
    'PUT /api/security/policy': {
      allowed: ['security_admin'],
      // The policy as it is: allowed callers change nothing, so each role meets the same record.
      request: async () => ({
        method: 'PUT',
        path: '/api/security/policy',
        body: securityPolicyBodySchema.parse(await loadSecurityPolicy(api.db)),
      }),
    },
    'GET /api/audit-events': {
      allowed: ['admin', 'audit_admin'],
      request: async () => ({ method: 'GET', path: '/api/audit-events' }),
    },
    'GET /api/exports/audit': {
      allowed: ['admin', 'audit_admin'],
      request: async () => ({ method: 'GET', path: '/api/exports/audit?format=csv' }),
    },
    'GET /api/security/events': {
      allowed: ['audit_admin'],
      request: async () => ({ method: 'GET', path: '/api/security/events' }),
    },
    'GET /api/exports/security-events': {
      allowed: ['audit_admin'],
      request: async () => ({ method: 'GET', path: '/api/exports/security-events?format=csv' }),
    },
  };

  const cases = Object.entries(routes).flatMap(([name, route]) =>
    callers.map((caller) => ({ name, route, caller })),
  );

  it.each(cases)('$name as $caller', async ({ route, caller }) => {
    const request = await route.request();
    const before = await api.db.select({ n: count() }).from(users);
    const answer =
      request.method === 'GET'
        ? await api.app.request(request.path, {
            headers: cookieOf(caller) ? { cookie: cookieOf(caller) as string } : {},
          })
        : await sendWrite(api.app, request, { cookie: cookieOf(caller) });
    const detail = `${request.method} ${request.path} as ${caller}`;
    if (caller === 'no session') {
      expect(answer.status, detail).toBe(401);
    } else if (route.allowed.includes(caller)) {
      expect([200, 201, 204], detail).toContain(answer.status);
    } else {
      expect(answer.status, detail).toBe(403);
      // Refused before anything was written: no account was made.
      expect(await api.db.select({ n: count() }).from(users)).toEqual(before);
    }
  });

  /** Every read of the chains' data, from the app's own route table. */
  async function dataReads(): Promise<string[]> {
    const doc = (await (await api.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const administration = new Set(Object.keys(routes).map((name) => name.split(' ')[1] ?? ''));
    return Object.entries(doc.paths)
      .filter(([path, operations]) => 'get' in operations && !administration.has(path))
      .map(([path]) => path)
      .filter((path) => !path.startsWith('/api/auth/') && path !== '/api/health')
      .map((path) => path.replace('{id}', '1').replace('{kind}', 'firms'));
  }

  it.each(['security_admin', 'audit_admin'] as const)(
    'refuses the %s every read of the chains’ data, which an editor gets',
    async (role) => {
      // The 补链招商 reads open record 1: made here when the sample city has none yet.
      const admin = await createTestUser(api.db, { role: 'admin' });
      const ids = await loadSampleIds(api.db);
      await leadOfA(api.app, admin.cookie, api.db, ids);
      await write(api.app, admin.cookie, 'POST', '/api/campaigns', campaignBody([ids.chainA]));
      const reads = await dataReads();
      expect(reads).toEqual(
        expect.arrayContaining([
          '/api/overview',
          '/api/chains',
          '/api/chains/1',
          '/api/firms',
          '/api/exports/firms',
          '/api/exports/all',
        ]),
      );
      for (const path of reads) {
        const refused = await api.app.request(path, { headers: { cookie: cookieOf(role) ?? '' } });
        expect(refused.status, path).toBe(403);
        const allowed = await api.app.request(path, {
          headers: { cookie: cookieOf('editor') ?? '' },
        });
        expect(allowed.status, `${path} as an editor`).toBe(200);
      }
    },
  );

  it.each(['security_admin', 'audit_admin'] as const)(
    'refuses the %s every write of the chains’ data',
    async (role) => {
      const ids = await loadSampleIds(api.db);
      const adminCookie = cookieOf('admin') ?? '';
      const dataWrites = Object.entries(writeRouteSamples).filter(
        ([, sample]) => sample.scope !== 'admin' && sample.scope !== 'credentials',
      );
      expect(dataWrites.length).toBeGreaterThan(15);
      for (const [route, sample] of dataWrites) {
        const request = await sample.build(ids, api.db, api.app, adminCookie);
        const answer = await sendWrite(api.app, request, { cookie: cookieOf(role) });
        expect(answer.status, route).toBe(403);
      }
    },
  );

  /** The account as stored now: what a refused request must have left alone. */
  const stored = async (id: number) =>
    (await api.db.select().from(users).where(eq(users.id, id)))[0];

  it('keeps the security and audit administrators’ accounts out of the system administrator’s reach', async () => {
    const as = (request: WriteRequest) =>
      sendWrite(api.app, request, { cookie: cookieOf('admin') });
    for (const role of ['security_admin', 'audit_admin'] as const) {
      expect(
        (await as({ method: 'POST', path: '/api/users', body: accountBody(role) })).status,
      ).toBe(403);
      const account = await target(role);
      for (const request of [
        { method: 'PUT', path: `/api/users/${account.id}`, body: changeBody(role) },
        { method: 'PUT', path: `/api/users/${account.id}`, body: changeBody('viewer') },
        {
          method: 'PUT',
          path: `/api/users/${account.id}`,
          body: { ...changeBody(role), disabled: true },
        },
        {
          method: 'PUT',
          path: `/api/users/${account.id}/password`,
          body: { password: 'Another-long-password-2', version: 1 },
        },
      ] as const) {
        expect((await as(request)).status, `${request.path} ${JSON.stringify(request.body)}`).toBe(
          403,
        );
      }
      expect(await stored(account.id)).toMatchObject({ role, version: 1, disabledAt: null });
      // Nor may they grant the role to an account of their own keeping.
      const viewer = await target('viewer');
      expect(
        (await as({ method: 'PUT', path: `/api/users/${viewer.id}`, body: changeBody(role) }))
          .status,
      ).toBe(403);
      expect(await stored(viewer.id)).toMatchObject({ role: 'viewer', version: 1 });
    }
  });

  it('keeps the other accounts out of the security administrator’s reach, but their passwords', async () => {
    const as = (request: WriteRequest) =>
      sendWrite(api.app, request, { cookie: cookieOf('security_admin') });
    for (const role of ['viewer', 'editor', 'admin'] as const) {
      const body = { ...accountBody(role), chainIds: role === 'editor' ? [1] : [] };
      expect((await as({ method: 'POST', path: '/api/users', body })).status).toBe(403);
      const account = await target(role);
      expect(
        (
          await as({
            method: 'PUT',
            path: `/api/users/${account.id}`,
            body: { ...changeBody(role), chainIds: role === 'editor' ? [1] : [] },
          })
        ).status,
      ).toBe(403);
      expect(await stored(account.id)).toMatchObject({ role, version: 1 });
    }
    // Nor may they make one of their own accounts a system administrator.
    const auditor = await target('audit_admin');
    expect(
      (await as({ method: 'PUT', path: `/api/users/${auditor.id}`, body: changeBody('admin') }))
        .status,
    ).toBe(403);
    expect(await stored(auditor.id)).toMatchObject({ role: 'audit_admin', version: 1 });
  });

  it.each<[UserRole, UserRole, number]>([
    ['admin', 'viewer', 400],
    ['admin', 'security_admin', 403],
    ['security_admin', 'audit_admin', 400],
    ['security_admin', 'admin', 403],
    ['audit_admin', 'security_admin', 403],
    ['audit_admin', 'admin', 403],
    ['viewer', 'admin', 403],
    ['editor', 'admin', 403],
  ])('does not let a %s make themselves a %s (%i)', async (role, wanted, status) => {
    const me = await createTestUser(api.db, { role, chainIds: role === 'editor' ? [1] : [] });
    const answer = await sendWrite(
      api.app,
      { method: 'PUT', path: `/api/users/${me.id}`, body: changeBody(wanted) },
      { cookie: me.cookie },
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    expect(await stored(me.id)).toMatchObject({ role, version: 1 });
  });
});
