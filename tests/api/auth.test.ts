import { and, count, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOGIN_THROTTLE,
  LOGIN_WINDOW_MS,
  MAX_PAIR_DELAY_SECONDS,
} from '../../server/app/auth/login-limits';
import { hashPassword, verifyPassword } from '../../server/app/auth/passwords';
import { SESSION_LIFETIME_MS, tokenDigest } from '../../server/app/auth/sessions';
import type { AppDeps } from '../../server/app/context';
import { createApp } from '../../server/app/create-app';
import { loginThrottlesSchema } from '../../server/contract/login-throttles';
import { SAMPLE_SECURITY_POLICY } from '../../server/app/security/policy';
import { SAMPLE_PASSWORD, SAMPLE_VIEWER, sampleEditorName } from '../../server/db/sample';
import { auditEvents, chains, loginAttempts, sessions, users } from '../../server/db/schema';
import { createTestUser, TEST_PASSWORD } from '../support/sessions';
import { sampleNow } from '../support/sample-clock';
import { engines } from '../support/test-database';
import { useTestApi } from './support/api';

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  });

/** Wrong passwords of one account from one address that cost no wait, by default. */
const FREE = DEFAULT_LOGIN_THROTTLE.freeFailuresPerPair;

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
  const appWithAddresses = (deps: Partial<AppDeps> = {}) =>
    createApp({
      db: api.db,
      clientAddress: (c) => c.req.header('x-test-address') ?? 'test',
      ...deps,
    });

  it('signs a sample user in with an HttpOnly, SameSite=Lax session cookie kept only as a digest', async () => {
    const response = await api.app.request(login(SAMPLE_VIEWER, SAMPLE_PASSWORD));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      user: { username: SAMPLE_VIEWER, role: 'viewer', chainIds: [] },
      stage: 'signed_in',
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

  it('signs out: the session is marked ended, the cookie cleared, and the token opens nothing', async () => {
    const user = await createTestUser(api.db, { role: 'viewer' });
    const out = await api.app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: user.cookie },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^chainboard_session=;.*Max-Age=0/);
    expect(
      await api.db
        .select({ endReason: sessions.endReason })
        .from(sessions)
        .where(eq(sessions.userId, user.id)),
    ).toEqual([{ endReason: 'signed_out' }]);
    const after = await api.app.request('/api/auth/session', { headers: { cookie: user.cookie } });
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({
      error: { code: 'session_ended', reason: 'signed_out' },
    });
  });

  it('replaces the browser’s previous session when it signs in again', async () => {
    const user = await createTestUser(api.db, { role: 'viewer' });
    const again = await api.app.request(
      login(user.username, TEST_PASSWORD, { cookie: user.cookie }),
    );
    expect(again.status).toBe(200);
    const left = await api.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.userId, user.id), isNull(sessions.endedAt)));
    expect(left.map((session) => session.tokenHash)).toEqual([await tokenDigest(tokenOf(again))]);
  });

  it('refuses a wrong password with 401, records it, and after the free failures makes that address wait', async () => {
    const user = await createTestUser(api.db, { role: 'viewer' });
    // The app's clock stands still here: each wait is exactly the delay of the last failure.
    for (let attempt = 0; attempt <= FREE; attempt += 1) {
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
    expect(recorded).toHaveLength(FREE + 1);
    expect(recorded.every((attempt) => !attempt.succeeded)).toBe(true);
    // Even the right password waits now from this address: the wait slows the guess down.
    const throttled = await api.app.request(login(user.username, TEST_PASSWORD));
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('1');
    const body = (await throttled.json()) as { error: { code: string; message: string } };
    expect(body.error).toEqual({
      code: 'rate_limited',
      message: 'Too many wrong passwords; try again in 1 seconds',
    });
    // A refused attempt is not counted: the wait does not grow by knocking.
    expect(
      await api.db
        .select({ n: count() })
        .from(loginAttempts)
        .where(eq(loginAttempts.username, user.username)),
    ).toEqual([{ n: FREE + 1 }]);
  });

  it('tries simultaneous guesses for one account from one address one at a time', async () => {
    const user = await createTestUser(api.db, { role: 'viewer' });
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, n) => api.app.request(login(user.username, `guess ${n}`))),
    );
    const statuses = burst.map((answer) => answer.status);
    // Without one check at a time, all 20 read the count before any was recorded: 20 tries.
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(FREE + 1);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    const tried = await api.db
      .select({ n: count() })
      .from(loginAttempts)
      .where(eq(loginAttempts.username, user.username));
    expect(tried[0]?.n).toBe(statuses.filter((status) => status === 401).length);
  });

  it('lets the right password in at once from another address while one address waits for the account', async () => {
    const app = appWithAddresses();
    const user = await createTestUser(api.db, { role: 'admin' });
    const colleague = { 'x-test-address': '198.51.100.7' };
    for (let attempt = 0; attempt <= FREE; attempt += 1) {
      expect((await app.request(login(user.username, 'guess', colleague))).status).toBe(401);
    }
    expect((await app.request(login(user.username, TEST_PASSWORD, colleague))).status).toBe(429);
    const owner = await app.request(
      login(user.username, TEST_PASSWORD, { 'x-test-address': '203.0.113.9' }),
    );
    expect(owner.status).toBe(200);
    // The owner's success forgives only their own address's failures.
    expect((await app.request(login(user.username, TEST_PASSWORD, colleague))).status).toBe(429);
  });

  it('doubles the wait with each further failure, up to 15 minutes, and forgives them on success', async () => {
    const clock = { now: new Date('2026-06-15T09:00:00+08:00') };
    const app = appWithAddresses({ now: () => clock.now });
    const user = await createTestUser(api.db, { role: 'viewer' });
    const later = (seconds: number) => {
      clock.now = new Date(clock.now.getTime() + seconds * 1000);
    };
    for (let attempt = 0; attempt < FREE; attempt += 1) {
      expect((await app.request(login(user.username, 'guess'))).status).toBe(401);
    }
    const waits: number[] = [];
    for (let further = 0; further < 4; further += 1) {
      expect((await app.request(login(user.username, 'guess'))).status).toBe(401);
      const refused = await app.request(login(user.username, 'guess'));
      expect(refused.status).toBe(429);
      const wait = Number(refused.headers.get('retry-after'));
      waits.push(wait);
      // One second short of the wait still waits; the wait over, the next attempt is heard.
      later(wait - 1);
      expect((await app.request(login(user.username, 'guess'))).status).toBe(429);
      later(1);
    }
    expect(waits).toEqual([1, 2, 4, 8]);
    expect((await app.request(login(user.username, TEST_PASSWORD))).status).toBe(200);
    // Forgiven: the next typo is free again.
    expect((await app.request(login(user.username, 'typo'))).status).toBe(401);
    expect((await app.request(login(user.username, 'typo'))).status).toBe(401);

    // However many failures, the wait stops growing at 15 minutes.
    await api.db.insert(loginAttempts).values(
      Array.from({ length: 40 }, (_, index) => ({
        username: user.username,
        clientAddress: 'test',
        succeeded: false,
        at: new Date(clock.now.getTime() - index * 1000),
      })),
    );
    const capped = await app.request(login(user.username, TEST_PASSWORD));
    expect(Number(capped.headers.get('retry-after'))).toBe(MAX_PAIR_DELAY_SECONDS);
  });

  it('counts only failures of the last 15 minutes', async () => {
    const user = await createTestUser(api.db, { role: 'viewer' });
    const now = sampleNow();
    const failuresAgo = (minutes: number) =>
      Array.from({ length: FREE + 5 }, () => ({
        username: user.username,
        clientAddress: 'unknown',
        succeeded: false,
        at: new Date(now.getTime() - minutes * 60_000),
      }));
    await api.db.insert(loginAttempts).values(failuresAgo(LOGIN_WINDOW_MS / 60_000 + 1));
    expect((await api.app.request(login(user.username, TEST_PASSWORD))).status).toBe(200);
  });

  it('limits failures from one address, whichever names they try, as the setting says', async () => {
    const limit = 7;
    const app = appWithAddresses({
      loginThrottle: { freeFailuresPerPair: FREE, maxFailuresPerAddress: limit },
    });
    const office = { 'x-test-address': '198.51.100.20' };
    for (let name = 0; name < limit; name += 1) {
      const target = await createTestUser(api.db, { role: 'viewer' });
      expect((await app.request(login(target.username, 'typo', office))).status).toBe(401);
    }
    const untouched = await createTestUser(api.db, { role: 'viewer' });
    const refused = await app.request(login(untouched.username, TEST_PASSWORD, office));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(LOGIN_WINDOW_MS / 1000 - 60);
    // Another address is not slowed down…
    const elsewhere = { 'x-test-address': '203.0.113.20' };
    expect((await app.request(login(untouched.username, TEST_PASSWORD, elsewhere))).status).toBe(
      200,
    );
    // …and by default an office may make far more typos than that.
    expect(DEFAULT_LOGIN_THROTTLE.maxFailuresPerAddress).toBeGreaterThanOrEqual(100);
    const defaults = appWithAddresses();
    expect((await defaults.request(login(untouched.username, TEST_PASSWORD, office))).status).toBe(
      200,
    );
  });

  it('shows the security administrator who waits, and clearing lets them in at once, audited', async () => {
    const app = appWithAddresses({
      loginThrottle: { freeFailuresPerPair: FREE, maxFailuresPerAddress: FREE + 2 },
    });
    // Unlocking is a credential matter: the security administrator's (三权分立).
    const admin = await createTestUser(api.db, { role: 'security_admin' });
    const user = await createTestUser(api.db, { role: 'editor', chainIds: [1] });
    const colleague = { 'x-test-address': '198.51.100.30' };
    for (let attempt = 0; attempt <= FREE + 1; attempt += 1) {
      await api.db.insert(loginAttempts).values({
        username: user.username,
        clientAddress: colleague['x-test-address'],
        succeeded: false,
        at: new Date(Date.now() - (FREE + 1 - attempt) * 1000),
      });
    }
    expect((await app.request(login(user.username, TEST_PASSWORD, colleague))).status).toBe(429);

    const listed = await app.request('/api/login-throttles', { headers: { cookie: admin.cookie } });
    expect(listed.status).toBe(200);
    const throttles = loginThrottlesSchema.parse(await listed.json());
    const pair = throttles.pairs.find((entry) => entry.username === user.username);
    expect(pair).toMatchObject({ address: '198.51.100.30', failures: FREE + 2 });
    // The second failure beyond the free ones waits 2 s from the last one.
    expect(new Date(pair?.waitsUntil ?? 0).getTime()).toBeGreaterThan(Date.now());
    expect(throttles.addresses).toContainEqual(
      expect.objectContaining({ address: '198.51.100.30', failures: FREE + 2 }),
    );

    const cleared = await app.request('/api/login-throttles/clear', {
      method: 'POST',
      headers: { cookie: admin.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ username: user.username, address: '198.51.100.30' }),
    });
    expect(cleared.status).toBe(200);
    expect(await cleared.json()).toEqual({ cleared: FREE + 2 });
    expect((await app.request(login(user.username, TEST_PASSWORD, colleague))).status).toBe(200);

    const rows = await api.db
      .select()
      .from(loginAttempts)
      .where(and(eq(loginAttempts.username, user.username), eq(loginAttempts.succeeded, false)));
    expect(rows.every((row) => row.clearedBy === admin.username && row.clearedAt)).toBe(true);
    const [event] = await api.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityType, 'login_throttle'));
    expect(event).toMatchObject({
      action: 'delete',
      actor: admin.username,
      entityId: `${user.username}@198.51.100.30`,
      before: { username: user.username, address: '198.51.100.30', failures: FREE + 2 },
    });
    const after = loginThrottlesSchema.parse(
      await (
        await app.request('/api/login-throttles', { headers: { cookie: admin.cookie } })
      ).json(),
    );
    expect(after.pairs.filter((entry) => entry.username === user.username)).toEqual([]);
  });

  it('answers 400 to a clear naming nobody, and 403 to viewers and editors on both routes', async () => {
    const admin = await createTestUser(api.db, { role: 'admin' });
    const clear = (cookie: string, body: unknown) =>
      api.app.request('/api/login-throttles/clear', {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await clear(admin.cookie, {})).status).toBe(400);
    for (const role of ['viewer', 'editor'] as const) {
      const { cookie } = await createTestUser(api.db, {
        role,
        chainIds: role === 'editor' ? [1] : [],
      });
      expect((await api.app.request('/api/login-throttles', { headers: { cookie } })).status).toBe(
        403,
      );
      expect((await clear(cookie, { address: 'unknown' })).status).toBe(403);
    }
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

  it('ends sessions idle too long or past their lifetime by the policy, or of disabled users, saying why', async () => {
    const readAs = (cookie: string) => api.app.request('/api/overview', { headers: { cookie } });
    const { sessionIdleMinutes, sessionLifetimeHours } = SAMPLE_SECURITY_POLICY;

    const idle = await createTestUser(api.db, { role: 'viewer' });
    await api.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - sessionIdleMinutes * 60_000 - 1000) })
      .where(eq(sessions.userId, idle.id));

    const old = await createTestUser(api.db, { role: 'viewer' });
    await api.db
      .update(sessions)
      .set({ createdAt: new Date(Date.now() - sessionLifetimeHours * 3_600_000 - 1000) })
      .where(eq(sessions.userId, old.id));

    const disabled = await createTestUser(api.db, { role: 'viewer' });
    await api.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));

    for (const [user, reason] of [
      [idle, 'idle'],
      [old, 'expired'],
      [disabled, 'disabled'],
    ] as const) {
      const refused = await readAs(user.cookie);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ error: { code: 'session_ended', reason } });
      // Kept, marked, so the next request is told the same.
      const [row] = await api.db.select().from(sessions).where(eq(sessions.userId, user.id));
      expect(row).toMatchObject({ endReason: reason, endedAt: expect.any(Date) });
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
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ stage: 'signed_in' });

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
    for (let attempt = 0; attempt <= FREE; attempt += 1) {
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
