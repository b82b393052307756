import { desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UserRole } from '../../server/contract/auth';
import { userRoles } from '../../server/contract/domain';
import { securityPolicySchema, type SecurityPolicy } from '../../server/contract/security';
import { DEFAULT_SECURITY_POLICY, SAMPLE_SECURITY_POLICY } from '../../server/app/security/policy';
import { securityEvents, securityPolicy, sessions, users } from '../../server/db/schema';
import { createTestUser, type TestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { useTestApi, type TestApi } from './support/api';
import { sendWrite } from './support/writes';

/** The settings of a policy as the form sends them back, with the version it was opened at. */
function bodyOf({ updatedAt: _at, updatedBy: _by, ...body }: SecurityPolicy) {
  return body;
}

async function readPolicy(api: TestApi, cookie: string): Promise<SecurityPolicy> {
  const response = await api.app.request('/api/security/policy', { headers: { cookie } });
  expect(response.status).toBe(200);
  return securityPolicySchema.parse(await response.json());
}

async function storedRow(api: TestApi) {
  const [row] = await api.db.select().from(securityPolicy).where(eq(securityPolicy.id, 1));
  return row;
}

async function policyEvents(api: TestApi) {
  return api.db
    .select()
    .from(securityEvents)
    .where(eq(securityEvents.type, 'policy_change'))
    .orderBy(desc(securityEvents.id));
}

describe.each(engines)('the security policy API on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  const callers = new Map<UserRole, TestUser>();
  const security = () => callers.get('security_admin') as TestUser;
  const put = (body: unknown, cookie = security().cookie) =>
    sendWrite(api.app, { method: 'PUT', path: '/api/security/policy', body }, { cookie });

  beforeAll(async () => {
    for (const role of userRoles) callers.set(role, await createTestUser(api.db, { role }));
  });

  it('shows the security administrator the sample city’s policy, and nobody else', async () => {
    const policy = await readPolicy(api, security().cookie);
    expect(policy).toMatchObject({ ...SAMPLE_SECURITY_POLICY, version: 1, updatedBy: null });
    for (const role of userRoles.filter((role) => role !== 'security_admin')) {
      const response = await api.app.request('/api/security/policy', {
        headers: { cookie: callers.get(role)?.cookie ?? '' },
      });
      expect(response.status, role).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect((await api.app.request('/api/security/policy')).status).toBe(401);
  });

  it('lets only the security administrator change it; the others’ tries change nothing', async () => {
    const before = await storedRow(api);
    const events = (await policyEvents(api)).length;
    const body = { ...bodyOf(await readPolicy(api, security().cookie)), passwordMinLength: 20 };
    for (const role of userRoles.filter((role) => role !== 'security_admin')) {
      const answer = await put(body, callers.get(role)?.cookie);
      expect(answer.status, role).toBe(403);
    }
    expect((await put(body, '')).status).toBe(401);
    expect(await storedRow(api)).toEqual(before);
    expect(await policyEvents(api)).toHaveLength(events);
  });

  it('saves a change with the next version, in force from the next request, with an event of what changed', async () => {
    const opened = await readPolicy(api, security().cookie);
    const answer = await put({
      ...bodyOf(opened),
      passwordMinLength: 14,
      // Not the security administrator's own role: a second factor required of it would send
      // this session to enrol one before its next request.
      secondFactorRoles: ['audit_admin', 'editor'],
      sessionIdleMinutes: 15,
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const saved = securityPolicySchema.parse(answer.body);
    expect(saved).toMatchObject({
      passwordMinLength: 14,
      // Stored in the roles' own order, whatever order they were ticked in.
      secondFactorRoles: ['editor', 'audit_admin'],
      sessionIdleMinutes: 15,
      passwordHistory: opened.passwordHistory,
      version: opened.version + 1,
      updatedBy: security().username,
    });
    expect(await readPolicy(api, security().cookie)).toEqual(saved);
    expect(await storedRow(api)).toMatchObject({ passwordMinLength: 14, version: saved.version });

    const [event] = await policyEvents(api);
    expect(event).toMatchObject({
      result: 'success',
      actor: security().username,
      actorRole: 'security_admin',
      object: 'policy',
      detail: {
        version: saved.version,
        before: {
          passwordMinLength: opened.passwordMinLength,
          secondFactorRoles: opened.secondFactorRoles,
          sessionIdleMinutes: opened.sessionIdleMinutes,
        },
        after: {
          passwordMinLength: 14,
          secondFactorRoles: ['editor', 'audit_admin'],
          sessionIdleMinutes: 15,
        },
      },
    });
    // Only what changed: the settings left as they were are not in the event.
    expect(Object.keys((event?.detail as { after: object }).after).sort()).toEqual([
      'passwordMinLength',
      'secondFactorRoles',
      'sessionIdleMinutes',
    ]);
  });

  it('answers a stale version with 409 and the policy now, and writes nothing', async () => {
    const current = await readPolicy(api, security().cookie);
    const events = (await policyEvents(api)).length;
    const answer = await put({
      ...bodyOf(current),
      version: current.version - 1,
      auditRetentionDays: 400,
    });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({
      error: { code: 'conflict' },
      current: { ...current },
      savedBy: { username: security().username },
    });
    expect(await readPolicy(api, security().cookie)).toEqual(current);
    expect(await policyEvents(api)).toHaveLength(events);
  });

  it('answers the policy as it is, without a new version or event, when nothing changes: a retried save is no conflict', async () => {
    const current = await readPolicy(api, security().cookie);
    const events = (await policyEvents(api)).length;
    // The same save again after its answer was lost: the version it carries is now stale.
    const retried = await put({
      ...bodyOf(current),
      version: current.version - 1,
      secondFactorRoles: [...current.secondFactorRoles].reverse(),
    });
    expect(retried.status).toBe(200);
    expect(retried.body).toEqual(current);
    expect(await policyEvents(api)).toHaveLength(events);
  });

  const badValues: [string, unknown][] = [
    ['passwordMinLength', 7],
    ['passwordMinLength', 65],
    ['passwordMinLength', 10.5],
    ['passwordMinClasses', 0],
    ['passwordMinClasses', 5],
    ['passwordHistory', -1],
    ['passwordHistory', 25],
    ['passwordMaxAgeDays', 366],
    ['secondFactorRoles', ['admin', 'admin']],
    ['secondFactorRoles', ['root']],
    ['secondFactorRoles', 'admin'],
    ['sessionIdleMinutes', 4],
    ['sessionIdleMinutes', 24 * 60 + 1],
    ['sessionLifetimeHours', 0],
    ['sessionLifetimeHours', 7 * 24 + 1],
    ['singleSession', 'yes'],
    ['requestsPerMinute', 59],
    ['requestsPerMinute', 100_001],
    ['auditRetentionDays', 179],
    ['auditRetentionDays', 3651],
    ['version', 0],
    ['version', '3'],
  ];

  it.each(badValues)(
    'refuses %s = %j with 400 naming it, and writes nothing',
    async (field, value) => {
      const current = await readPolicy(api, security().cookie);
      const before = await storedRow(api);
      const answer = await put({ ...bodyOf(current), [field]: value });
      expect(answer.status).toBe(400);
      const { error } = answer.body as { error: { code: string; fields?: object } };
      expect(error.code).toBe('invalid_request');
      // A list's item is named by its place (`secondFactorRoles.0`), which the form puts on the list.
      const named = Object.keys(error.fields ?? {});
      expect(
        named.some((name) => name === field || name.startsWith(`${field}.`)),
        named.join(),
      ).toBe(true);
      expect(await storedRow(api)).toEqual(before);
    },
  );

  it('refuses a body without a setting, naming it', async () => {
    const rest = Object.fromEntries(
      Object.entries(bodyOf(await readPolicy(api, security().cookie))).filter(
        ([name]) => name !== 'sessionLifetimeHours',
      ),
    );
    const answer = await put(rest);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error: { fields: { sessionLifetimeHours: expect.any(String) } },
    });
  });
});

describe.each(engines)('the security policy of a database without one on %s', (engine) => {
  const api = useTestApi(engine, { sample: false });
  let security: TestUser;

  beforeAll(async () => {
    security = await createTestUser(api.db, { role: 'security_admin' });
    // The defaults ask the security administrator for a second factor: this one has enrolled
    // and given it in this session, as the identity tests do through the routes.
    await api.db
      .update(users)
      .set({ totpSecret: 'JBSWY3DPEHPK3PXP' })
      .where(eq(users.id, security.id));
    await api.db
      .update(sessions)
      .set({ secondFactorAt: new Date() })
      .where(eq(sessions.userId, security.id));
  });

  it('is the level-3 defaults at version 1 until the first save, which stores version 2', async () => {
    expect(await storedRow(api)).toBeUndefined();
    const defaults = await readPolicy(api, security.cookie);
    expect(defaults).toMatchObject({ ...DEFAULT_SECURITY_POLICY, version: 1, updatedBy: null });

    const answer = await sendWrite(
      api.app,
      {
        method: 'PUT',
        path: '/api/security/policy',
        body: { ...bodyOf(defaults), singleSession: false },
      },
      { cookie: security.cookie },
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ singleSession: false, version: 2 });
    expect(await storedRow(api)).toMatchObject({ singleSession: false, version: 2 });
    const [event] = await policyEvents(api);
    expect(event?.detail).toEqual({
      version: 2,
      before: { singleSession: true },
      after: { singleSession: false },
    });
  });
});
