import { eq, inArray } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  removeStaleSessions,
  SESSION_LIFETIME_MS,
  tokenDigest,
} from '../../server/app/auth/sessions';
import { DEFAULT_SECURITY_POLICY } from '../../server/app/security/policy';
import type { App } from '../../server/app/create-app';
import { sessionSchema } from '../../server/contract/auth';
import { apiErrorSchema } from '../../server/contract/errors';
import { securityPolicy, sessions, users } from '../../server/db/schema';
import { setSecurityPolicy, useSamplePolicy } from '../support/security-policy';
import { createTestUser, TEST_PASSWORD } from '../support/sessions';
import { engines } from '../support/test-database';
import { totpCode } from '../support/totp';
import { useTestApi } from './support/api';
import { appWithAddresses, call, eventsAbout, signIn, type Answer } from './support/sign-in';

/*
 * 资源控制 of sessions: the policy's idle time and lifetime, one session per account, sessions
 * ended with their reason and told it; and a real deployment's defaults where no policy is set.
 */

const MINUTE = 60_000;
const errorOf = (answer: Answer) => apiErrorSchema.parse(answer.body).error;
const stageOf = (answer: Answer) => sessionSchema.parse(answer.body).stage;
const tokenOf = (cookie: string) => cookie.split('=')[1] ?? '';

describe.each(engines)('a database without a security policy on %s', (engine) => {
  const api = useTestApi(engine, { sample: false });
  let app: App;
  beforeAll(() => {
    app = appWithAddresses(api.db);
  });

  it('applies a real deployment’s defaults: editors and administrators enrol a second factor, one session each', async () => {
    expect(await api.db.select().from(securityPolicy)).toEqual([]);
    const viewer = await createTestUser(api.db, { role: 'viewer' });
    expect(stageOf(await signIn(app, viewer.username, TEST_PASSWORD))).toBe('signed_in');
    for (const role of DEFAULT_SECURITY_POLICY.secondFactorRoles) {
      const user = await createTestUser(api.db, { role });
      const signedIn = await signIn(app, user.username, TEST_PASSWORD);
      expect(stageOf(signedIn), role).toBe('enrol_second_factor');
      expect(errorOf(await call(app, signedIn.cookie, 'GET', '/api/users')), role).toMatchObject({
        code: 'sign_in_step_required',
        stage: 'enrol_second_factor',
      });
    }
    // One session per account: the viewer's second sign-in ends the first, told why.
    const first = await signIn(app, viewer.username, TEST_PASSWORD);
    const second = await signIn(app, viewer.username, TEST_PASSWORD);
    expect(stageOf(second)).toBe('signed_in');
    expect(errorOf(await call(app, first.cookie, 'GET', '/api/overview'))).toMatchObject({
      code: 'session_ended',
      reason: 'replaced',
    });
  });

  it('lets tests not about the second factor set the sample city’s policy', async () => {
    await useSamplePolicy(api.db);
    const editor = await createTestUser(api.db, { role: 'editor' });
    expect(stageOf(await signIn(app, editor.username, TEST_PASSWORD))).toBe('signed_in');
    await api.db.delete(securityPolicy);
  });
});

describe.each(engines)('sessions by the policy on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let app: App;
  beforeAll(() => {
    app = appWithAddresses(api.db);
  });
  afterEach(() => useSamplePolicy(api.db));

  const setOwnSession = (cookie: string, values: Partial<typeof sessions.$inferInsert>) =>
    tokenDigest(tokenOf(cookie)).then((tokenHash) =>
      api.db.update(sessions).set(values).where(eq(sessions.tokenHash, tokenHash)),
    );

  it('ends a session idle longer than the policy says, recording why; a shorter idle time applies to open sessions', async () => {
    await setSecurityPolicy(api.db, { sessionIdleMinutes: 60 });
    const user = await createTestUser(api.db, { role: 'viewer' });
    const signedIn = await signIn(app, user.username, TEST_PASSWORD, '198.51.100.60');
    await setOwnSession(signedIn.cookie, { lastSeenAt: new Date(Date.now() - 45 * MINUTE) });
    expect((await call(app, signedIn.cookie, 'GET', '/api/overview')).status).toBe(200);

    await setOwnSession(signedIn.cookie, { lastSeenAt: new Date(Date.now() - 45 * MINUTE) });
    await setSecurityPolicy(api.db, { sessionIdleMinutes: 30 });
    const idle = await call(
      app,
      signedIn.cookie,
      'GET',
      '/api/overview',
      undefined,
      '198.51.100.60',
    );
    expect(idle.status).toBe(401);
    expect(errorOf(idle)).toMatchObject({ code: 'session_ended', reason: 'idle' });
    // Told again on the next request, recorded once.
    expect(errorOf(await call(app, signedIn.cookie, 'GET', '/api/auth/session'))).toMatchObject({
      reason: 'idle',
    });
    const ended = await eventsAbout(api.db, user.username, 'session_ended');
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({
      actor: user.username,
      actorRole: 'viewer',
      result: 'success',
      clientAddress: '198.51.100.60',
      detail: { reason: 'idle' },
    });
  });

  it('ends a session at the policy’s lifetime, counted from its start, whatever its use', async () => {
    await setSecurityPolicy(api.db, { sessionLifetimeHours: 24 });
    const user = await createTestUser(api.db, { role: 'viewer' });
    const signedIn = await signIn(app, user.username, TEST_PASSWORD);
    await setOwnSession(signedIn.cookie, { createdAt: new Date(Date.now() - 13 * 60 * MINUTE) });
    expect((await call(app, signedIn.cookie, 'GET', '/api/overview')).status).toBe(200);

    await setSecurityPolicy(api.db, { sessionLifetimeHours: 12 });
    const expired = await call(app, signedIn.cookie, 'GET', '/api/overview');
    expect(errorOf(expired)).toMatchObject({ code: 'session_ended', reason: 'expired' });
    const [event] = await eventsAbout(api.db, user.username, 'session_ended');
    expect(event?.detail).toEqual({ reason: 'expired' });
  });

  it('keeps one session per account when the policy says so: the older one ends as replaced, once the new one is signed in', async () => {
    await setSecurityPolicy(api.db, { singleSession: true });
    const user = await createTestUser(api.db, { role: 'viewer' });
    const office = await signIn(app, user.username, TEST_PASSWORD, '198.51.100.70');
    // A sign-in still at its second factor replaces nothing yet.
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await api.db.update(users).set({ totpSecret: secret }).where(eq(users.id, user.id));
    await api.db
      .update(sessions)
      .set({ secondFactorAt: new Date() })
      .where(eq(sessions.userId, user.id));
    const home = await signIn(app, user.username, TEST_PASSWORD, '203.0.113.70');
    expect(stageOf(home)).toBe('second_factor');
    expect((await call(app, office.cookie, 'GET', '/api/overview')).status).toBe(200);

    const passed = await call(
      app,
      home.cookie,
      'POST',
      '/api/auth/second-factor',
      { code: totpCode(secret) },
      '203.0.113.70',
    );
    expect(stageOf(passed)).toBe('signed_in');
    const replaced = await call(app, office.cookie, 'GET', '/api/overview');
    expect(replaced.status).toBe(401);
    expect(errorOf(replaced)).toMatchObject({ code: 'session_ended', reason: 'replaced' });
    expect((await call(app, home.cookie, 'GET', '/api/overview')).status).toBe(200);
    // The test user's own first session ended already, when the office signed in.
    expect(errorOf(await call(app, user.cookie, 'GET', '/api/overview'))).toMatchObject({
      reason: 'replaced',
    });
    const events = await eventsAbout(api.db, user.username, 'session_ended');
    expect(events.map((event) => [event.clientAddress, event.detail])).toEqual([
      ['203.0.113.70', expect.objectContaining({ reason: 'replaced' })],
      ['198.51.100.70', expect.objectContaining({ reason: 'replaced' })],
    ]);
    expect(events[0]).toMatchObject({ actor: user.username, result: 'success' });

    // With several sessions allowed, a new sign-in ends none.
    await useSamplePolicy(api.db);
    await api.db.update(users).set({ totpSecret: null }).where(eq(users.id, user.id));
    await signIn(app, user.username, TEST_PASSWORD);
    expect((await call(app, home.cookie, 'GET', '/api/overview')).status).toBe(200);
  });

  it('ends one’s other sessions, not this one, when one changes one’s own password', async () => {
    const user = await createTestUser(api.db, { role: 'viewer' });
    const other = await signIn(app, user.username, TEST_PASSWORD);
    const changed = await call(app, user.cookie, 'PUT', '/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a-fresh-passphrase-7',
    });
    expect(changed.status).toBe(200);
    expect((await call(app, user.cookie, 'GET', '/api/overview')).status).toBe(200);
    expect(errorOf(await call(app, other.cookie, 'GET', '/api/overview'))).toMatchObject({
      code: 'session_ended',
      reason: 'password_changed',
    });
  });

  it('removes sessions, ended or not, only once past the longest lifetime', async () => {
    const user = await createTestUser(api.db, { role: 'viewer' });
    const a = await signIn(app, user.username, TEST_PASSWORD);
    const b = await signIn(app, user.username, TEST_PASSWORD);
    await call(app, b.cookie, 'POST', '/api/auth/logout');
    const hashes = await Promise.all([a, b].map((answer) => tokenDigest(tokenOf(answer.cookie))));
    const now = new Date();
    await removeStaleSessions(api.db, now);
    const kept = () =>
      api.db
        .select({ tokenHash: sessions.tokenHash })
        .from(sessions)
        .where(inArray(sessions.tokenHash, hashes));
    expect(await kept()).toHaveLength(2);
    await removeStaleSessions(api.db, new Date(now.getTime() + SESSION_LIFETIME_MS + MINUTE));
    expect(await kept()).toEqual([]);
  });
});
