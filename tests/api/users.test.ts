import { and, count, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/app/auth/passwords';
import { userListSchema, userSchema, type User } from '../../server/contract/users';
import { SAMPLE_VIEWER } from '../../server/db/sample';
import { auditEvents, chains, sessions, users } from '../../server/db/schema';
import { createTestUser, type TestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { useTestApi } from './support/api';
import { sendWrite, type WriteRequest } from './support/writes';

const login = (username: string, password: string) =>
  new Request('http://localhost/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });

let counter = 0;
/** A username nobody has yet (the suite's database is shared by its tests). */
const freshName = () => `user-${Date.now().toString(36)}-${(counter += 1)}`;

describe.each(engines)('user administration on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let admin: TestUser;
  let security: TestUser;
  let chainIds: number[];

  beforeAll(async () => {
    admin = await createTestUser(api.db, { role: 'admin' });
    security = await createTestUser(api.db, { role: 'security_admin' });
    chainIds = (await api.db.select({ id: chains.id }).from(chains).orderBy(chains.id)).map(
      (chain) => chain.id,
    );
  });

  /** Why each of a user's sessions ended (null: still live); sessions are kept, marked. */
  const endReasonsOf = async (userId: number) =>
    (
      await api.db
        .select({ endReason: sessions.endReason })
        .from(sessions)
        .where(eq(sessions.userId, userId))
    ).map((session) => session.endReason);

  const asAdmin = (request: WriteRequest, headers: Record<string, string> = {}) =>
    sendWrite(api.app, request, { cookie: admin.cookie, headers });
  const asSecurity = (request: WriteRequest) =>
    sendWrite(api.app, request, { cookie: security.cookie });

  const createUser = async (overrides: Record<string, unknown> = {}) => {
    const response = await asAdmin({
      method: 'POST',
      path: '/api/users',
      body: {
        username: freshName(),
        displayName: '新专班',
        role: 'editor',
        chainIds: [chainIds[0]],
        password: 'long-password-1',
        ...overrides,
      },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return userSchema.parse(response.body);
  };

  const auditOf = (id: number) =>
    api.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'user'), eq(auditEvents.entityId, String(id))))
      .orderBy(auditEvents.id);

  const userCount = async () => (await api.db.select({ n: count() }).from(users))[0]?.n;

  it('is for the system and security administrators only: viewers, editors and the audit administrator get 403 on every users route', async () => {
    const viewer = await createTestUser(api.db, { role: 'viewer' });
    const editor = await createTestUser(api.db, { role: 'editor', chainIds: [chainIds[0] ?? 1] });
    const auditor = await createTestUser(api.db, { role: 'audit_admin' });
    const target = await createTestUser(api.db, { role: 'viewer' });
    const requests: WriteRequest[] = [
      {
        method: 'POST',
        path: '/api/users',
        body: {
          username: freshName(),
          displayName: 'x',
          role: 'viewer',
          chainIds: [],
          password: 'long-password-1',
        },
      },
      {
        method: 'PUT',
        path: `/api/users/${target.id}`,
        body: { displayName: 'x', role: 'admin', chainIds: [], disabled: false, version: 1 },
      },
      {
        method: 'PUT',
        path: `/api/users/${target.id}/password`,
        body: { password: 'long-password-2', version: 1 },
      },
    ];
    const before = await userCount();
    for (const who of [viewer, editor, auditor]) {
      const list = await api.app.request('/api/users', { headers: { cookie: who.cookie } });
      expect(list.status).toBe(403);
      expect(await list.json()).toMatchObject({ error: { code: 'forbidden' } });
      for (const request of requests) {
        const response = await sendWrite(api.app, request, { cookie: who.cookie });
        expect(response.status, `${request.method} ${request.path}`).toBe(403);
      }
    }
    expect(await userCount()).toBe(before);
    const [unchanged] = await api.db.select().from(users).where(eq(users.id, target.id));
    expect(unchanged).toMatchObject({ role: 'viewer', version: 1 });
  });

  it('lists every user with role and scope, never a password hash', async () => {
    const response = await api.app.request('/api/users', { headers: { cookie: admin.cookie } });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain('pbkdf2');
    expect(text).not.toContain('password');
    const { items } = userListSchema.parse(JSON.parse(text));
    const names = items.map((user) => user.username);
    expect(names).toEqual([...names].sort());
    expect(items.find((user) => user.username === SAMPLE_VIEWER)).toMatchObject({
      role: 'viewer',
      chainIds: [],
      disabled: false,
    });
    const editors = items.filter((user) => user.username.startsWith('editor-'));
    expect(editors).toHaveLength(chainIds.length);
    for (const editor of editors) expect(editor.chainIds).toHaveLength(1);
  });

  it('creates a user who can sign in, audited without the password hash', async () => {
    const username = freshName();
    const created = await createUser({ username, chainIds: [chainIds[1], chainIds[0]] });
    expect(created).toMatchObject({
      username,
      displayName: '新专班',
      role: 'editor',
      chainIds: [chainIds[0], chainIds[1]],
      disabled: false,
      version: 1,
      updatedBy: admin.username,
    });
    const [row] = await api.db.select().from(users).where(eq(users.id, created.id));
    expect(await verifyPassword('long-password-1', row?.passwordHash ?? '')).toBe(true);
    expect(row?.passwordHash).not.toContain('long-password-1');

    const [event, ...more] = await auditOf(created.id);
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      actor: admin.username,
      userId: admin.id,
      action: 'create',
      entityType: 'user',
      chainId: null,
      before: null,
      after: { username, displayName: '新专班', role: 'editor', version: 1 },
    });
    expect(JSON.stringify(event)).not.toMatch(/pbkdf2|password/i);

    const signedIn = await api.app.request(login(username, 'long-password-1'));
    expect(signedIn.status).toBe(200);
    expect(await signedIn.json()).toMatchObject({
      user: { username, role: 'editor', chainIds: [chainIds[0], chainIds[1]] },
    });
  });

  it('keeps a chain scope only for editors', async () => {
    const viewer = await createUser({ role: 'viewer', chainIds: [chainIds[0]] });
    expect(viewer.chainIds).toEqual([]);
    const admin2 = await createUser({ role: 'admin', chainIds: [chainIds[0], chainIds[1]] });
    expect(admin2.chainIds).toEqual([]);
    const editor = await createUser();
    const demoted = await asAdmin({
      method: 'PUT',
      path: `/api/users/${editor.id}`,
      body: {
        displayName: editor.displayName,
        role: 'viewer',
        chainIds: editor.chainIds,
        disabled: false,
        version: editor.version,
      },
    });
    expect(demoted.status).toBe(200);
    expect(demoted.body).toMatchObject({ role: 'viewer', chainIds: [], version: 2 });
  });

  it('answers 400 naming each bad field, and creates nobody', async () => {
    const valid = {
      username: freshName(),
      displayName: '新专班',
      role: 'editor',
      chainIds: [chainIds[0]],
      password: 'long-password-1',
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ username: 'has space' }, 'username'],
      [{ username: 'x' }, 'username'],
      [{ username: SAMPLE_VIEWER.toUpperCase() }, 'username'],
      [{ displayName: '   ' }, 'displayName'],
      [{ displayName: '长'.repeat(51) }, 'displayName'],
      [{ role: 'boss' }, 'role'],
      [{ chainIds: [] }, 'chainIds'],
      [{ chainIds: [chainIds[0], chainIds[0]] }, 'chainIds'],
      [{ chainIds: [2_000_000_000] }, 'chainIds'],
      [{ chainIds: ['1'] }, 'chainIds.0'],
      [{ password: 'short' }, 'password'],
      [{ password: undefined }, 'password'],
    ];
    const before = await userCount();
    for (const [change, field] of cases) {
      const response = await asAdmin({
        method: 'POST',
        path: '/api/users',
        body: { ...valid, ...change },
      });
      expect(response.status, JSON.stringify(change)).toBe(400);
      expect(response.body, JSON.stringify(change)).toMatchObject({
        error: { code: 'invalid_request', fields: { [field]: expect.any(String) } },
      });
    }
    const taken = await asAdmin({
      method: 'POST',
      path: '/api/users',
      body: { ...valid, username: SAMPLE_VIEWER },
    });
    expect(taken.body).toMatchObject({ error: { fields: { username: 'is taken' } } });
    expect(await userCount()).toBe(before);
  });

  it('makes one user of a create sent twice with the same Idempotency-Key', async () => {
    const username = freshName();
    const request: WriteRequest = {
      method: 'POST',
      path: '/api/users',
      body: {
        username,
        displayName: '重试',
        role: 'viewer',
        chainIds: [],
        password: 'long-password-1',
      },
    };
    const key = { 'idempotency-key': crypto.randomUUID() };
    const first = await asAdmin(request, key);
    const second = await asAdmin(request, key);
    expect(first.status).toBe(201);
    expect(second).toEqual(first);
    expect(await api.db.select().from(users).where(eq(users.username, username))).toHaveLength(1);
  });

  it('changes a user on the version the form was opened with, and answers 409 with the current user when stale', async () => {
    const user = await createUser();
    const changed = await asAdmin({
      method: 'PUT',
      path: `/api/users/${user.id}`,
      body: {
        displayName: '改名专班',
        role: 'editor',
        chainIds: [chainIds[2]],
        disabled: false,
        version: 1,
      },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      displayName: '改名专班',
      chainIds: [chainIds[2]],
      version: 2,
    });

    const stale = await asAdmin({
      method: 'PUT',
      path: `/api/users/${user.id}`,
      body: { displayName: '旧表单', role: 'viewer', chainIds: [], disabled: false, version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      error: { code: 'conflict' },
      current: { id: user.id, displayName: '改名专班', chainIds: [chainIds[2]], version: 2 },
    });
    userSchema.parse((stale.body as { current: User }).current);
    expect(JSON.stringify(stale.body)).not.toContain('pbkdf2');

    const events = await auditOf(user.id);
    expect(events.map((event) => event.action)).toEqual(['create', 'update']);
    expect(events[1]).toMatchObject({
      actor: admin.username,
      before: { displayName: '新专班', chainIds: [chainIds[0]], version: 1 },
      after: { displayName: '改名专班', chainIds: [chainIds[2]], version: 2 },
    });

    const missing = await asAdmin({
      method: 'PUT',
      path: '/api/users/2000000000',
      body: { displayName: 'x', role: 'viewer', chainIds: [], disabled: false, version: 1 },
    });
    expect(missing.status).toBe(404);
  });

  it('disabling a user ends their sessions and refuses their sign-in; enabling lets them back', async () => {
    const user = await createUser({ role: 'viewer', chainIds: [] });
    const signedIn = await api.app.request(login(user.username, 'long-password-1'));
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const disabled = await asAdmin({
      method: 'PUT',
      path: `/api/users/${user.id}`,
      body: {
        displayName: user.displayName,
        role: 'viewer',
        chainIds: [],
        disabled: true,
        version: 1,
      },
    });
    expect(disabled.body).toMatchObject({ disabled: true, version: 2 });
    expect(await endReasonsOf(user.id)).toEqual(['disabled']);
    const ended = await api.app.request('/api/auth/session', { headers: { cookie } });
    expect(ended.status).toBe(401);
    expect(await ended.json()).toMatchObject({
      error: { code: 'session_ended', reason: 'disabled' },
    });
    expect((await api.app.request(login(user.username, 'long-password-1'))).status).toBe(401);

    const enabled = await asAdmin({
      method: 'PUT',
      path: `/api/users/${user.id}`,
      body: {
        displayName: user.displayName,
        role: 'viewer',
        chainIds: [],
        disabled: false,
        version: 2,
      },
    });
    expect(enabled.body).toMatchObject({ disabled: false, version: 3 });
    expect((await api.app.request(login(user.username, 'long-password-1'))).status).toBe(200);
  });

  it('does not let administrators disable themselves or give up their own admin role', async () => {
    const [self] = await api.db.select().from(users).where(eq(users.id, admin.id));
    const version = self?.version ?? 1;
    const selfChange = (change: Record<string, unknown>) =>
      asAdmin({
        method: 'PUT',
        path: `/api/users/${admin.id}`,
        body: {
          displayName: 'x',
          role: 'admin',
          chainIds: [],
          disabled: false,
          version,
          ...change,
        },
      });
    expect(await selfChange({ disabled: true })).toMatchObject({
      status: 400,
      body: { error: { fields: { disabled: expect.any(String) } } },
    });
    expect(await selfChange({ role: 'viewer' })).toMatchObject({
      status: 400,
      body: { error: { fields: { role: expect.any(String) } } },
    });
    const [after] = await api.db.select().from(users).where(eq(users.id, admin.id));
    expect(after).toMatchObject({ role: 'admin', disabledAt: null, version });
    expect(await auditOf(admin.id)).toEqual([]);
    expect(
      (await api.app.request('/api/users', { headers: { cookie: admin.cookie } })).status,
    ).toBe(200);
  });

  it('resets a password: the old one stops working, every session ends, the audit holds no hash', async () => {
    const user = await createUser();
    const first = await api.app.request(login(user.username, 'long-password-1'));
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const [before] = await api.db.select().from(users).where(eq(users.id, user.id));

    const tooShort = await asSecurity({
      method: 'PUT',
      path: `/api/users/${user.id}/password`,
      body: { password: 'short', version: 1 },
    });
    expect(tooShort).toMatchObject({
      status: 400,
      body: { error: { fields: { password: expect.any(String) } } },
    });

    const reset = await asSecurity({
      method: 'PUT',
      path: `/api/users/${user.id}/password`,
      body: { password: 'another-password-2', version: 1 },
    });
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ id: user.id, version: 2 });
    expect(JSON.stringify(reset.body)).not.toMatch(/pbkdf2|another-password|passwordHash/i);
    expect(await endReasonsOf(user.id)).toEqual(['password_reset']);
    const ended = await api.app.request('/api/auth/session', { headers: { cookie } });
    expect(ended.status).toBe(401);
    expect(await ended.json()).toMatchObject({
      error: { code: 'session_ended', reason: 'password_reset' },
    });
    expect((await api.app.request(login(user.username, 'long-password-1'))).status).toBe(401);
    expect((await api.app.request(login(user.username, 'another-password-2'))).status).toBe(200);

    const [after] = await api.db.select().from(users).where(eq(users.id, user.id));
    expect(after?.passwordHash).not.toBe(before?.passwordHash);
    const [latest] = await api.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'user'), eq(auditEvents.entityId, String(user.id))))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(latest).toMatchObject({ actor: security.username, after: { version: 2 } });
    expect(JSON.stringify(latest)).not.toMatch(/pbkdf2|another-password/);

    const stale = await asSecurity({
      method: 'PUT',
      path: `/api/users/${user.id}/password`,
      body: { password: 'third-password-3', version: 1 },
    });
    expect(stale).toMatchObject({ status: 409, body: { current: { id: user.id, version: 2 } } });
    expect((await api.app.request(login(user.username, 'another-password-2'))).status).toBe(200);
  });
});
