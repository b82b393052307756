import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_ACCOUNT } from '../../server/app/auth/login-limits';
import { hashPassword, verifyPassword } from '../../server/app/auth/passwords';
import { SESSION_IDLE_MS } from '../../server/app/auth/sessions';
import { SAMPLE_PASSWORD, SAMPLE_VIEWER } from '../../server/db/sample';
import { auditEvents, chains, loginAttempts, sessions, users } from '../../server/db/schema';
import { createTestUser, TEST_PASSWORD } from '../support/sessions';
import { engines } from '../support/test-database';
import { useTestApi } from './support/api';
import { sendWrite } from './support/writes';

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  });

describe('passwords', () => {
  it('stores PBKDF2-SHA256 with 600,000 iterations and a salt, never the password', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^pbkdf2-sha256\$600000\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(hash).not.toContain('correct horse');
    expect(await hashPassword('correct horse battery')).not.toBe(hash);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await verifyPassword('x', 'not a hash')).toBe(false);
  });
});

describe.each(engines)('sign-in on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });

  it('signs a sample user in with an HttpOnly, SameSite=Lax session cookie', async () => {
    const response = await api.app.request(login(SAMPLE_VIEWER, SAMPLE_PASSWORD));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      user: { username: SAMPLE_VIEWER, role: 'viewer', chainIds: [] },
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^chainboard_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const token = /chainboard_session=([\w-]+)/.exec(cookie)?.[1] ?? '';
    const stored = await api.db.select().from(sessions);
    expect(stored.some((session) => session.tokenHash === token)).toBe(false);

    const session = await api.app.request('/api/auth/session', {
      headers: { cookie: `chainboard_session=${token}` },
    });
    expect(session.status).toBe(200);
    const out = await api.app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: `chainboard_session=${token}` },
    });
    expect(out.status).toBe(204);
    const after = await api.app.request('/api/auth/session', {
      headers: { cookie: `chainboard_session=${token}` },
    });
    expect(after.status).toBe(401);
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const response = await api.app.request(
      login(SAMPLE_VIEWER, SAMPLE_PASSWORD, { 'x-forwarded-proto': 'https' }),
    );
    expect(response.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('refuses a wrong password with 401, records it, and locks the account after repeated failures', async () => {
    const user = await createTestUser(api.db, { role: 'viewer' });
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt += 1) {
      const wrong = await api.app.request(login(user.username, 'wrong password'));
      expect(wrong.status).toBe(401);
      expect(await wrong.json()).toMatchObject({
        error: { code: 'unauthorized', message: 'Wrong username or password' },
      });
    }
    const [failures] = await api.db
      .select({ n: count() })
      .from(loginAttempts)
      .where(eq(loginAttempts.username, user.username));
    expect(failures?.n).toBe(MAX_FAILURES_PER_ACCOUNT);
    // Even the right password waits now: the limit protects the account, not the guess.
    const locked = await api.app.request(login(user.username, TEST_PASSWORD));
    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(await locked.json()).toMatchObject({ error: { code: 'rate_limited' } });
  });

  it('answers an unknown name exactly like a wrong password', async () => {
    const response = await api.app.request(login('nobody-here', 'whatever'));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      error: { message: 'Wrong username or password' },
    });
  });

  it('ends sessions idle too long, and those of disabled users', async () => {
    const idle = await createTestUser(api.db, { role: 'viewer' });
    await api.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - SESSION_IDLE_MS - 1000) })
      .where(eq(sessions.userId, idle.id));
    expect(
      (await api.app.request('/api/overview', { headers: { cookie: idle.cookie } })).status,
    ).toBe(401);

    const disabled = await createTestUser(api.db, { role: 'viewer' });
    await api.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
    expect(
      (await api.app.request('/api/overview', { headers: { cookie: disabled.cookie } })).status,
    ).toBe(401);
  });

  it('answers 401 on every route but sign-in, health and the API description without a session', async () => {
    const document = api.app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
    });
    const open = new Set(['GET /api/health', 'GET /api/openapi.json', 'POST /api/auth/login']);
    let checked = 0;
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const method of ['get', 'post', 'put', 'delete'] as const) {
        if (!item?.[method] || open.has(`${method.toUpperCase()} ${path}`)) continue;
        const concrete = path
          .replace('{item}', 'chain_map')
          .replace('{period}', '2026Q1')
          .replace(/\{\w+\}/g, '1');
        const response = await api.app.request(concrete, { method: method.toUpperCase() });
        expect(response.status, `${method} ${path}`).toBe(401);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(35);
    expect((await api.app.request('/api/health')).status).toBe(200);
  });

  it('refuses a write from another site, and writes nothing', async () => {
    const admin = await createTestUser(api.db, { role: 'admin' });
    const [chain] = await api.db.select().from(chains).limit(1);
    const eventsBefore = await api.db.select({ n: count() }).from(auditEvents);
    const request = {
      method: 'PUT' as const,
      path: `/api/chains/${chain?.id}/status`,
      body: { status: 'red', statusNote: 'from elsewhere', version: chain?.version },
    };
    const crossOrigin = await sendWrite(api.app, request, {
      cookie: admin.cookie,
      headers: { origin: 'https://evil.example' },
    });
    expect(crossOrigin.status).toBe(403);
    const crossSite = await sendWrite(api.app, request, {
      cookie: admin.cookie,
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    expect(await api.db.select({ n: count() }).from(auditEvents)).toEqual(eventsBefore);
    const sameOrigin = await sendWrite(api.app, request, {
      cookie: admin.cookie,
      headers: { origin: 'http://localhost' },
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('lets administrators manage users, audited without password hashes', async () => {
    const admin = await createTestUser(api.db, { role: 'admin' });
    const viewer = await createTestUser(api.db, { role: 'viewer' });
    const body = {
      username: 'new-editor',
      displayName: '新专班',
      role: 'editor',
      chainIds: [1],
      password: 'long-password-1',
    };
    const refused = await sendWrite(
      api.app,
      { method: 'POST', path: '/api/users', body },
      { cookie: viewer.cookie },
    );
    expect(refused.status).toBe(403);
    const created = await sendWrite(
      api.app,
      { method: 'POST', path: '/api/users', body },
      { cookie: admin.cookie },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      username: 'new-editor',
      role: 'editor',
      chainIds: [1],
      disabled: false,
      version: 1,
    });
    expect(JSON.stringify(created.body)).not.toContain('pbkdf2');
    const taken = await sendWrite(
      api.app,
      { method: 'POST', path: '/api/users', body },
      { cookie: admin.cookie },
    );
    expect(taken).toMatchObject({
      status: 400,
      body: { error: { fields: { username: 'is taken' } } },
    });

    const signedIn = await api.app.request(login('new-editor', 'long-password-1'));
    expect(signedIn.status).toBe(200);
    const id = (created.body as { id: number }).id;
    const reset = await sendWrite(
      api.app,
      {
        method: 'PUT',
        path: `/api/users/${id}/password`,
        body: { password: 'another-password-2', version: 1 },
      },
      { cookie: admin.cookie },
    );
    expect(reset.status).toBe(200);
    expect(await api.db.select().from(sessions).where(eq(sessions.userId, id))).toEqual([]);
    const stale = await sendWrite(
      api.app,
      {
        method: 'PUT',
        path: `/api/users/${id}`,
        body: { displayName: 'x', role: 'viewer', chainIds: [], disabled: true, version: 1 },
      },
      { cookie: admin.cookie },
    );
    expect(stale.status).toBe(409);
    // The current user as the users screen shows it, never the hash.
    expect(stale.body).toMatchObject({
      current: { id, username: 'new-editor', disabled: false, version: 2 },
    });
    expect(JSON.stringify(stale.body)).not.toContain('pbkdf2');
    const events = await api.db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.entityType} = 'user' and ${auditEvents.entityId} = ${String(id)}`);
    expect(events.length).toBe(2);
    expect(JSON.stringify(events)).not.toContain('pbkdf2');
    const selfLockout = await sendWrite(
      api.app,
      {
        method: 'PUT',
        path: `/api/users/${admin.id}`,
        body: { displayName: 'x', role: 'admin', chainIds: [], disabled: true, version: 1 },
      },
      { cookie: admin.cookie },
    );
    expect(selfLockout.status).toBe(400);
  });
});
