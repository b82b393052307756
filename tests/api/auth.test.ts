import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  LOGIN_WINDOW_MS,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
} from '../../server/app/auth/login-limits';
import { hashPassword, verifyPassword } from '../../server/app/auth/passwords';
import { SESSION_IDLE_MS, SESSION_LIFETIME_MS, tokenDigest } from '../../server/app/auth/sessions';
import { createApp } from '../../server/app/create-app';
import { SAMPLE_PASSWORD, SAMPLE_VIEWER, sampleEditorName } from '../../server/db/sample';
import { auditEvents, chains, loginAttempts, sessions, users } from '../../server/db/schema';
import { createTestUser, TEST_PASSWORD } from '../support/sessions';
import { engines } from '../support/test-database';
import { useTestApi } from './support/api';

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  });

const tokenOf = (response: Response) =>
  /chainboard_session=([\w-]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1] ?? '';

describe('passwords', () => {
  it('stores PBKDF2-SHA256 with 600,000 iterations and a 16-byte salt, never the password', async () => {
    const hash = await hashPassword('correct horse battery');
    const [scheme, iterations, salt, derived] = hash.split('$');
    expect(scheme).toBe('pbkdf2-sha256');
    expect(iterations).toBe('600000');
    expect(atob(salt ?? '')).toHaveLength(16);
    expect(atob(derived ?? '')).toHaveLength(32);
    expect(hash).not.toContain('correct horse');
    // A fresh salt every time: equal passwords do not give equal hashes.
    expect(await hashPassword('correct horse battery')).not.toBe(hash);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
    expect(await verifyPassword('x', 'not a hash')).toBe(false);
    expect(await verifyPassword('x', 'pbkdf2-sha256$abc$AAAA$AAAA')).toBe(false);
  });

  it('verifies with the iteration count the stored hash names', async () => {
    const cheap = await hashPassword('a cheap one', 1_000);
    expect(cheap).toMatch(/^pbkdf2-sha256\$1000\$/);
    expect(await verifyPassword('a cheap one', cheap)).toBe(true);
    // The same salt and hash claimed at another count no longer match.
    expect(await verifyPassword('a cheap one', cheap.replace('$1000$', '$1001$'))).toBe(false);
  });
});

describe.each(engines)('sign-in on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });

  /** The app as the Node server builds it, with each request's address named by a test header. */
  const appWithAddresses = () =>
    createApp({ db: api.db, clientAddress: (c) => c.req.header('x-test-address') ?? 'test' });

  it('signs a sample user in with an HttpOnly, SameSite=Lax session cookie kept only as a digest', async () => {
    const response = await api.app.request(login(SAMPLE_VIEWER, SAMPLE_PASSWORD));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      user: { username: SAMPLE_VIEWER, role: 'viewer', chainIds: [] },
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^chainboard_session=[\w-]{43};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(new RegExp(`; Max-Age=${SESSION_LIFETIME_MS / 1000}`));
    expect(cookie).not.toMatch(/Secure/);
    const token = tokenOf(response);
    const stored = await api.db.select().from(sessions);
    expect(stored.some((session) => session.tokenHash === token)).toBe(false);
    const [own] = await api.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, await tokenDigest(token)));
    expect(own?.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_LIFETIME_MS - 60_000);

    const session = await api.app.request('/api/auth/session', {
      headers: { cookie: `chainboard_session=${token}` },
    });
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ user: { username: SAMPLE_VIEWER } });
  });

  it('names an editor’s chains in the session', async () => {
    const [chain] = await api.db.select().from(chains).orderBy(chains.sortOrder).limit(1);
    const response = await api.app.request(
      login(sampleEditorName(chain?.code ?? ''), SAMPLE_PASSWORD),
    );
    expect(await response.json()).toMatchObject({
      user: { role: 'editor', chainIds: [chain?.id] },
    });
  });

  it('marks the cookie Secure behind HTTPS, directly or through a TLS proxy', async () => {
    const proxied = await api.app.request(
      login(SAMPLE_VIEWER, SAMPLE_PASSWORD, { 'x-forwarded-proto': 'https' }),
    );
    expect(proxied.headers.get('set-cookie')).toMatch(/; Secure/);
    const direct = await api.app.request(
      new Request('https://chainboard.example/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: SAMPLE_VIEWER, password: SAMPLE_PASSWORD }),
      }),
    );
    expect(direct.status).toBe(200);
    expect(direct.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('signs out: the session row is gone, the cookie cleared, and the token opens nothing', async () => {
    const user = await createTestUser(api.db, { role: 'viewer' });
    const out = await api.app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: user.cookie },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^chainboard_session=;.*Max-Age=0/);
    expect(await api.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
    const after = await api.app.request('/api/auth/session', { headers: { cookie: user.cookie } });
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('replaces the browser’s previous session when it signs in again', async () => {
    const user = await createTestUser(api.db, { role: 'viewer' });
    const again = await api.app.request(
      login(user.username, TEST_PASSWORD, { cookie: user.cookie }),
    );
    expect(again.status).toBe(200);
    const left = await api.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(left.map((session) => session.tokenHash)).toEqual([await tokenDigest(tokenOf(again))]);
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
    const recorded = await api.db
      .select()
      .from(loginAttempts)
      .where(eq(loginAttempts.username, user.username));
    expect(recorded).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(recorded.every((attempt) => !attempt.succeeded)).toBe(true);
    // Even the right password waits now: the limit protects the account, not the guess.
    const locked = await api.app.request(login(user.username, TEST_PASSWORD));
    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(LOGIN_WINDOW_MS / 1000 - 60);
    expect(retryAfter).toBeLessThanOrEqual(LOGIN_WINDOW_MS / 1000);
    const body = (await locked.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toContain(`${retryAfter} seconds`);
    // A refused attempt is not counted: the wait does not grow by knocking.
    expect(
      await api.db
        .select({ n: count() })
        .from(loginAttempts)
        .where(eq(loginAttempts.username, user.username)),
    ).toEqual([{ n: MAX_FAILURES_PER_ACCOUNT }]);
  });

  it('says to wait until the oldest counted failure leaves the window, and forgets older ones', async () => {
    const locked = await createTestUser(api.db, { role: 'viewer' });
    const free = await createTestUser(api.db, { role: 'viewer' });
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const failures = (username: string, fromMinutesAgo: number) =>
      Array.from({ length: MAX_FAILURES_PER_ACCOUNT }, (_, index) => ({
        username,
        clientAddress: `elsewhere-${index}`,
        succeeded: false,
        at: minutesAgo(fromMinutesAgo - index),
      }));
    await api.db
      .insert(loginAttempts)
      .values([...failures(locked.username, 10), ...failures(free.username, 20)]);

    const refused = await api.app.request(login(locked.username, TEST_PASSWORD));
    expect(refused.status).toBe(429);
    // The failure of ten minutes ago leaves the 15-minute window in five minutes.
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(298);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(300);
    // Failures of 16 to 20 minutes ago no longer count.
    expect((await api.app.request(login(free.username, TEST_PASSWORD))).status).toBe(200);
  });

  it('records a success too, and a success clears no failure', async () => {
    const user = await createTestUser(api.db, { role: 'viewer' });
    for (let attempt = 1; attempt < MAX_FAILURES_PER_ACCOUNT; attempt += 1) {
      expect((await api.app.request(login(user.username, 'wrong password'))).status).toBe(401);
    }
    expect((await api.app.request(login(user.username, TEST_PASSWORD))).status).toBe(200);
    const recorded = await api.db
      .select({ succeeded: loginAttempts.succeeded })
      .from(loginAttempts)
      .where(eq(loginAttempts.username, user.username))
      .orderBy(loginAttempts.id);
    expect(recorded.map((attempt) => attempt.succeeded)).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
    expect((await api.app.request(login(user.username, 'wrong password'))).status).toBe(401);
    expect((await api.app.request(login(user.username, TEST_PASSWORD))).status).toBe(429);
  });

  it('limits failures from one address, whichever names it tries, and not other addresses', async () => {
    const app = appWithAddresses();
    const guesser = { 'x-test-address': '198.51.100.7' };
    const perName = MAX_FAILURES_PER_ACCOUNT - 1;
    const names = Math.ceil(MAX_FAILURES_PER_ADDRESS / perName);
    for (let name = 0; name < names; name += 1) {
      const target = await createTestUser(api.db, { role: 'viewer' });
      for (let attempt = 0; attempt < perName; attempt += 1) {
        const wrong = await app.request(login(target.username, 'guess', guesser));
        expect(wrong.status).toBe(401);
      }
    }
    const [fromAddress] = await api.db
      .select({ n: count() })
      .from(loginAttempts)
      .where(
        and(eq(loginAttempts.clientAddress, '198.51.100.7'), eq(loginAttempts.succeeded, false)),
      );
    expect(fromAddress?.n).toBe(MAX_FAILURES_PER_ADDRESS);

    // Another account, never guessed at, is out of reach from that address…
    const untouched = await createTestUser(api.db, { role: 'viewer' });
    const refused = await app.request(login(untouched.username, TEST_PASSWORD, guesser));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // …and its owner, elsewhere, signs in as usual.
    const owner = await app.request(
      login(untouched.username, TEST_PASSWORD, { 'x-test-address': '203.0.113.9' }),
    );
    expect(owner.status).toBe(200);
  });

  it('answers an unknown name exactly like a wrong password, and counts it', async () => {
    const response = await api.app.request(login('nobody-here', 'whatever'));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      error: { code: 'unauthorized', message: 'Wrong username or password' },
    });
    expect(
      await api.db
        .select({ succeeded: loginAttempts.succeeded })
        .from(loginAttempts)
        .where(eq(loginAttempts.username, 'nobody-here')),
    ).toEqual([{ succeeded: false }]);
  });

  it('refuses a disabled user’s right password like a wrong one', async () => {
    const user = await createTestUser(api.db, { role: 'viewer' });
    await api.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    const response = await api.app.request(login(user.username, TEST_PASSWORD));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      error: { message: 'Wrong username or password' },
    });
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('answers 400 naming the field for an empty username or password', async () => {
    const response = await api.app.request(login('', ''));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fields?: Record<string, string> } };
    expect(Object.keys(body.error.fields ?? {}).sort()).toEqual(['password', 'username']);
  });

  it('ends sessions idle too long, past their lifetime, or of disabled users', async () => {
    const readAs = (cookie: string) => api.app.request('/api/overview', { headers: { cookie } });

    const idle = await createTestUser(api.db, { role: 'viewer' });
    await api.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - SESSION_IDLE_MS - 1000) })
      .where(eq(sessions.userId, idle.id));
    expect((await readAs(idle.cookie)).status).toBe(401);

    const old = await createTestUser(api.db, { role: 'viewer' });
    await api.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, old.id));
    expect((await readAs(old.cookie)).status).toBe(401);

    const disabled = await createTestUser(api.db, { role: 'viewer' });
    await api.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
    expect((await readAs(disabled.cookie)).status).toBe(401);

    // A session that can never be used again is removed as soon as it is refused.
    for (const user of [idle, old, disabled]) {
      expect(await api.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
    }
    expect((await readAs('chainboard_session=made-up-token')).status).toBe(401);
  });

  it('notes a session’s last use at most once a minute', async () => {
    const user = await createTestUser(api.db, { role: 'viewer' });
    const lastSeen = async () =>
      (
        await api.db
          .select({ at: sessions.lastSeenAt })
          .from(sessions)
          .where(eq(sessions.userId, user.id))
      )[0]?.at.getTime();
    const setLastSeen = (ago: number) =>
      api.db
        .update(sessions)
        .set({ lastSeenAt: new Date(Date.now() - ago) })
        .where(eq(sessions.userId, user.id));

    await setLastSeen(30_000);
    const recent = await lastSeen();
    await api.app.request('/api/auth/session', { headers: { cookie: user.cookie } });
    expect(await lastSeen()).toBe(recent);

    await setLastSeen(2 * 60_000);
    await api.app.request('/api/auth/session', { headers: { cookie: user.cookie } });
    expect(await lastSeen()).toBeGreaterThan(Date.now() - 10_000);
  });

  it('answers 401 on every route but sign-in, health and the API description without a session', async () => {
    const document = api.app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
    });
    const open = new Set(['GET /api/health', 'GET /api/openapi.json', 'POST /api/auth/login']);
    let checked = 0;
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
        if (!item?.[method] || open.has(`${method.toUpperCase()} ${path}`)) continue;
        const concrete = path
          .replace('{item}', 'chain_map')
          .replace('{period}', '2026Q1')
          .replace(/\{\w+\}/g, '1');
        const response = await api.app.request(concrete, { method: method.toUpperCase() });
        expect(response.status, `${method} ${path}`).toBe(401);
        expect(await response.json(), `${method} ${path}`).toMatchObject({
          error: { code: 'unauthorized' },
        });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(35);
    expect((await api.app.request('/api/health')).status).toBe(200);
    expect((await api.app.request('/api/openapi.json')).status).toBe(200);
  });
});

describe.each(engines)('changing one’s own password on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });

  const changePassword = (cookie: string, body: Record<string, unknown>) =>
    api.app.request('/api/auth/password', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(body),
    });
  const sessionOf = (cookie: string) =>
    api.app.request('/api/auth/session', { headers: { cookie } });
  const storedUser = async (id: number) => {
    const [row] = await api.db.select().from(users).where(eq(users.id, id));
    if (!row) throw new Error('no user');
    return row;
  };

  it('takes the new password at the next sign-in, keeps this session and ends the others, audited without the hash', async () => {
    const user = await createTestUser(api.db, { role: 'editor', chainIds: [1] });
    const elsewhere = tokenOf(await api.app.request(login(user.username, TEST_PASSWORD)));
    const before = await storedUser(user.id);

    const response = await changePassword(user.cookie, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a-new-passphrase-2',
    });
    expect(response.status).toBe(204);

    expect((await sessionOf(user.cookie)).status).toBe(200);
    expect((await sessionOf(`chainboard_session=${elsewhere}`)).status).toBe(401);
    expect((await api.app.request(login(user.username, TEST_PASSWORD))).status).toBe(401);
    expect((await api.app.request(login(user.username, 'a-new-passphrase-2'))).status).toBe(200);
    const after = await storedUser(user.id);
    expect(after.version).toBe(before.version + 1);
    const [event] = await api.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'user'), eq(auditEvents.entityId, String(user.id))));
    expect(event).toMatchObject({ action: 'update', userId: user.id, actor: user.username });
    expect(JSON.stringify(event)).not.toContain(after.passwordHash);
  });

  it('refuses a wrong current password on its field, changes nothing, and counts it as a failed sign-in', async () => {
    const user = await createTestUser(api.db, { role: 'viewer' });
    const before = await storedUser(user.id);
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt += 1) {
      const response = await changePassword(user.cookie, {
        currentPassword: 'not-my-password',
        newPassword: 'a-new-passphrase-3',
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        error: {
          code: 'invalid_request',
          fields: { currentPassword: 'is not the current password' },
        },
      });
    }
    const limited = await changePassword(user.cookie, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a-new-passphrase-3',
    });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await storedUser(user.id)).toEqual(before);
  });

  it('answers 400 on the field for a short password or the current one again', async () => {
    const user = await createTestUser(api.db, { role: 'viewer' });
    const before = await storedUser(user.id);
    const short = await changePassword(user.cookie, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short',
    });
    expect(await short.json()).toMatchObject({
      error: { fields: { newPassword: expect.any(String) } },
    });
    const same = await changePassword(user.cookie, {
      currentPassword: TEST_PASSWORD,
      newPassword: TEST_PASSWORD,
    });
    expect(same.status).toBe(400);
    expect(await same.json()).toMatchObject({
      error: { fields: { newPassword: 'must differ from the current password' } },
    });
    expect(await storedUser(user.id)).toEqual(before);
  });
});
