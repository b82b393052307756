import { and, count, eq, isNull } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOGIN_THROTTLE } from '../../server/app/auth/login-limits';
import { storeNewPassword } from '../../server/app/auth/password-policy';
import { hashPassword, verifyPassword } from '../../server/app/auth/passwords';
import { tokenDigest } from '../../server/app/auth/sessions';
import type { App } from '../../server/app/create-app';
import {
  enrolledSchema,
  enrolmentSchema,
  secondFactorStatusSchema,
  sessionSchema,
} from '../../server/contract/auth';
import { apiErrorSchema } from '../../server/contract/errors';
import { passwordRulesSchema } from '../../server/contract/passwords';
import {
  auditEvents,
  loginAttempts,
  passwordHistory,
  recoveryCodes,
  sessions,
  users,
} from '../../server/db/schema';
import { sampleNow } from '../support/sample-clock';
import { setSecurityPolicy, useSamplePolicy } from '../support/security-policy';
import type { Database } from '../../server/db/database';
import { createTestUser, TEST_PASSWORD } from '../support/sessions';
import { engines } from '../support/test-database';
import { totpCode } from '../support/totp';
import { useTestApi } from './support/api';
import {
  appWithAddresses,
  call,
  eventsAbout,
  signIn,
  storedUser,
  type Answer,
} from './support/sign-in';

/*
 * 身份鉴别: the sign-in stages (second factor, a password to change, a second factor to enrol),
 * the password policy, the second factor (TOTP and recovery codes) and the notice of earlier
 * sign-ins. Each test sets the policy it is about; the sample city's relaxed one otherwise.
 */

const FREE = DEFAULT_LOGIN_THROTTLE.freeFailuresPerPair;
const DAY = 24 * 60 * 60 * 1000;

const errorOf = (answer: Answer) => apiErrorSchema.parse(answer.body).error;
const sessionOf = (answer: Answer) => sessionSchema.parse(answer.body);

/** The second factor a user has, set straight in the database; its secret for the codes. */
async function giveSecondFactor(api: { db: Database }, id: number) {
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  await api.db
    .update(users)
    .set({ totpSecret: secret, totpLastStep: null })
    .where(eq(users.id, id));
  return secret;
}

describe.each(engines)('sign-in stages on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let app: App;
  beforeAll(() => {
    app = appWithAddresses(api.db);
  });
  afterEach(() => useSamplePolicy(api.db));

  it('keeps a session that must enrol a second factor to its step: 403 naming the stage elsewhere', async () => {
    await setSecurityPolicy(api.db, { secondFactorRoles: ['editor'] });
    const editor = await createTestUser(api.db, { role: 'editor', chainIds: [1] });
    const signedIn = await signIn(app, editor.username, TEST_PASSWORD);
    expect(signedIn.status).toBe(200);
    expect(sessionOf(signedIn)).toEqual({
      user: expect.objectContaining({ username: editor.username }),
      stage: 'enrol_second_factor',
    });

    for (const path of ['/api/overview', '/api/chains/1', '/api/firms']) {
      const refused = await call(app, signedIn.cookie, 'GET', path);
      expect(refused.status, path).toBe(403);
      expect(errorOf(refused), path).toMatchObject({
        code: 'sign_in_step_required',
        stage: 'enrol_second_factor',
      });
    }
    // Another step's route is refused too; the session, the rules and signing out are not.
    const otherStep = await call(app, signedIn.cookie, 'PUT', '/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Another-Passphrase-1',
    });
    expect(errorOf(otherStep)).toMatchObject({ code: 'sign_in_step_required' });
    expect((await call(app, signedIn.cookie, 'GET', '/api/auth/session')).status).toBe(200);
    expect((await call(app, signedIn.cookie, 'GET', '/api/auth/password-rules')).status).toBe(200);
    expect(
      (await call(app, signedIn.cookie, 'POST', '/api/auth/second-factor/enrolment')).status,
    ).toBe(200);
    // The stage is derived, not stored: the policy relaxed, the same session is signed in.
    await useSamplePolicy(api.db);
    const now = await call(app, signedIn.cookie, 'GET', '/api/auth/session');
    expect(sessionOf(now).stage).toBe('signed_in');
    expect((await call(app, signedIn.cookie, 'GET', '/api/overview')).status).toBe(200);
    expect((await call(app, signedIn.cookie, 'POST', '/api/auth/logout')).status).toBe(204);
  });

  it('asks a new or reset account for a password of its own, by the policy’s rules, then signs it in', async () => {
    await setSecurityPolicy(api.db, { passwordMinLength: 12, passwordMinClasses: 3 });
    const user = await createTestUser(api.db, { role: 'viewer' });
    await api.db.update(users).set({ mustChangePassword: true }).where(eq(users.id, user.id));
    const before = await storedUser(api.db, user.id);

    const signedIn = await signIn(app, user.username, TEST_PASSWORD);
    expect(sessionOf(signedIn).stage).toBe('change_password');
    expect(errorOf(await call(app, signedIn.cookie, 'GET', '/api/parks'))).toMatchObject({
      code: 'sign_in_step_required',
      stage: 'change_password',
    });
    const rules = passwordRulesSchema.parse(
      (await call(app, signedIn.cookie, 'GET', '/api/auth/password-rules')).body,
    );
    expect(rules).toEqual({ minLength: 12, minClasses: 3, history: 5, maxAgeDays: 0 });

    const change = (newPassword: string) =>
      call(app, signedIn.cookie, 'PUT', '/api/auth/password', {
        currentPassword: TEST_PASSWORD,
        newPassword,
      });
    const short = await change('Short-pw-1');
    expect(short.status).toBe(400);
    expect(errorOf(short).fields).toEqual({ newPassword: 'must be at least 12 characters' });
    const plain = await change('only lower case letters');
    expect(errorOf(plain).fields).toEqual({
      newPassword:
        'must mix at least 3 of: lower-case letters, upper-case letters, digits, other characters',
    });
    expect(await storedUser(api.db, user.id)).toEqual(before);

    const changed = await change('Three classes here');
    expect(changed.status).toBe(200);
    expect(sessionOf(changed).stage).toBe('signed_in');
    const after = await storedUser(api.db, user.id);
    expect(after).toMatchObject({ mustChangePassword: false, passwordChangedAt: sampleNow() });
    expect(await verifyPassword('Three classes here', after.passwordHash)).toBe(true);
    // The old hash is kept, to refuse it again later.
    expect(
      await api.db.select().from(passwordHistory).where(eq(passwordHistory.userId, user.id)),
    ).toEqual([expect.objectContaining({ passwordHash: before.passwordHash })]);
    expect((await call(app, signedIn.cookie, 'GET', '/api/parks')).status).toBe(200);
  });

  it('asks for a new password once the policy’s maximum age has passed, counted by the app’s clock', async () => {
    await setSecurityPolicy(api.db, { passwordMaxAgeDays: 90 });
    const user = await createTestUser(api.db, { role: 'viewer' });
    const changedAgo = (days: number) =>
      api.db
        .update(users)
        .set({ passwordChangedAt: new Date(sampleNow().getTime() - days * DAY) })
        .where(eq(users.id, user.id));

    await changedAgo(89);
    expect(sessionOf(await call(app, user.cookie, 'GET', '/api/auth/session')).stage).toBe(
      'signed_in',
    );
    await changedAgo(91);
    expect(sessionOf(await call(app, user.cookie, 'GET', '/api/auth/session')).stage).toBe(
      'change_password',
    );
    expect((await call(app, user.cookie, 'GET', '/api/overview')).status).toBe(403);
    // No ageing in the policy (0): never too old.
    await setSecurityPolicy(api.db, { passwordMaxAgeDays: 0 });
    expect(sessionOf(await call(app, user.cookie, 'GET', '/api/auth/session')).stage).toBe(
      'signed_in',
    );
  });

  it('refuses one of the last N passwords, the current one included, and keeps at most 24 earlier hashes', async () => {
    await setSecurityPolicy(api.db, { passwordHistory: 3 });
    const user = await createTestUser(api.db, { role: 'viewer' });
    const change = (currentPassword: string, newPassword: string) =>
      call(app, user.cookie, 'PUT', '/api/auth/password', { currentPassword, newPassword });
    expect((await change(TEST_PASSWORD, 'second-password-2')).status).toBe(200);
    expect((await change('second-password-2', 'third-password-3')).status).toBe(200);

    const reused = await change('third-password-3', TEST_PASSWORD);
    expect(reused.status).toBe(400);
    expect(errorOf(reused).fields).toEqual({
      newPassword: 'must not be one of your last 3 passwords',
    });
    // Three changes later the first one is out of the last three again.
    expect((await change('third-password-3', 'fourth-password-4')).status).toBe(200);
    expect((await change('fourth-password-4', TEST_PASSWORD)).status).toBe(200);

    const cheap = await hashPassword('x', 1_000);
    await api.db.transaction(async (tx) => {
      for (let n = 0; n < 30; n += 1) {
        const [row] = await tx.select().from(users).where(eq(users.id, user.id));
        await storeNewPassword(tx, { id: user.id, passwordHash: row?.passwordHash ?? '' }, cheap, {
          now: new Date(sampleNow().getTime() + n * 1000),
          mustChange: false,
        });
      }
    });
    expect(
      await api.db
        .select({ n: count() })
        .from(passwordHistory)
        .where(eq(passwordHistory.userId, user.id)),
    ).toEqual([{ n: 24 }]);
  });

  it('holds the system administrator’s new accounts and the security administrator’s resets to the length and classes', async () => {
    await setSecurityPolicy(api.db, { passwordMinLength: 14, passwordMinClasses: 4 });
    const admin = await createTestUser(api.db, { role: 'admin' });
    const security = await createTestUser(api.db, { role: 'security_admin' });
    const [beforeUsers] = await api.db.select({ n: count() }).from(users);

    const created = await call(app, admin.cookie, 'POST', '/api/users', {
      username: 'policy.case',
      displayName: '规则',
      role: 'viewer',
      chainIds: [],
      password: 'long-enough-password-1',
    });
    expect(created.status).toBe(400);
    expect(errorOf(created).fields).toEqual({
      password:
        'must mix at least 4 of: lower-case letters, upper-case letters, digits, other characters',
    });
    expect(await api.db.select({ n: count() }).from(users)).toEqual([beforeUsers]);

    const target = await createTestUser(api.db, { role: 'viewer' });
    const before = await storedUser(api.db, target.id);
    const reset = await call(app, security.cookie, 'PUT', `/api/users/${target.id}/password`, {
      password: 'Short-Pass-1',
      version: before.version,
    });
    expect(errorOf(reset).fields).toEqual({ password: 'must be at least 14 characters' });
    expect(await storedUser(api.db, target.id)).toEqual(before);

    const accepted = await call(app, security.cookie, 'PUT', `/api/users/${target.id}/password`, {
      password: 'Long-Enough-Pass-1',
      version: before.version,
    });
    expect(accepted.status).toBe(200);
    const after = await storedUser(api.db, target.id);
    expect(after.mustChangePassword).toBe(true);
    // The reset keeps the old hash in the history too.
    expect(
      await api.db
        .select({ hash: passwordHistory.passwordHash })
        .from(passwordHistory)
        .where(eq(passwordHistory.userId, target.id)),
    ).toEqual([{ hash: before.passwordHash }]);
  });
});

describe.each(engines)('the second factor on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let app: App;
  beforeAll(() => {
    app = appWithAddresses(api.db);
  });
  afterEach(() => useSamplePolicy(api.db));

  /** An editor whose role needs a second factor, signed in and at the enrolment step. */
  async function atEnrolment(address = '198.51.100.1') {
    await setSecurityPolicy(api.db, { secondFactorRoles: ['editor'] });
    const user = await createTestUser(api.db, { role: 'editor', chainIds: [1] });
    const signedIn = await signIn(app, user.username, TEST_PASSWORD, address);
    expect(sessionOf(signedIn).stage).toBe('enrol_second_factor');
    return { user, cookie: signedIn.cookie };
  }

  async function enrol(cookie: string) {
    const started = enrolmentSchema.parse(
      (await call(app, cookie, 'POST', '/api/auth/second-factor/enrolment')).body,
    );
    const confirmed = await call(app, cookie, 'POST', '/api/auth/second-factor/enrolment/confirm', {
      token: started.token,
      code: totpCode(started.secret),
    });
    expect(confirmed.status).toBe(200);
    return { started, enrolled: enrolledSchema.parse(confirmed.body) };
  }

  it('enrols with the first code: stores the secret, ten recovery codes as digests, and signs the session in', async () => {
    const { user, cookie } = await atEnrolment();
    const started = enrolmentSchema.parse(
      (await call(app, cookie, 'POST', '/api/auth/second-factor/enrolment')).body,
    );
    expect(started.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.uri).toBe(
      `otpauth://totp/Chainboard:${user.username}?issuer=Chainboard&secret=${started.secret}&algorithm=SHA1&digits=6&period=30`,
    );
    const confirm = (body: unknown) =>
      call(app, cookie, 'POST', '/api/auth/second-factor/enrolment/confirm', body, '198.51.100.1');

    const wrong = await confirm({ token: started.token, code: '000000' });
    expect(errorOf(wrong).fields).toEqual({ code: 'is wrong or already used' });
    // A token changed by the client, or of another session, is refused.
    const [body = '', signature = ''] = started.token.split('.');
    const forged = `${btoa(JSON.stringify({ ...JSON.parse(atob(body.replaceAll('-', '+').replaceAll('_', '/'))), secret: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })).replaceAll('=', '')}.${signature}`;
    expect(
      errorOf(await confirm({ token: forged, code: totpCode(started.secret) })).fields,
    ).toEqual({
      token: 'has expired or belongs to another session',
    });
    const other = await signIn(app, user.username, TEST_PASSWORD);
    const elsewhere = await call(
      app,
      other.cookie,
      'POST',
      '/api/auth/second-factor/enrolment/confirm',
      {
        token: started.token,
        code: totpCode(started.secret),
      },
    );
    expect(errorOf(elsewhere).fields).toEqual({
      token: 'has expired or belongs to another session',
    });
    expect((await storedUser(api.db, user.id)).totpSecret).toBeNull();

    const confirmed = await confirm({ token: started.token, code: totpCode(started.secret) });
    expect(confirmed.status).toBe(200);
    const { session, recoveryCodes: codes } = enrolledSchema.parse(confirmed.body);
    expect(session.stage).toBe('signed_in');
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const stored = await storedUser(api.db, user.id);
    expect(stored.totpSecret).toBe(started.secret);
    const digests = await api.db
      .select()
      .from(recoveryCodes)
      .where(eq(recoveryCodes.userId, user.id));
    expect(digests).toHaveLength(10);
    expect(JSON.stringify(digests)).not.toContain(codes[0]?.replace('-', '') ?? '-');
    const [row] = await api.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, await tokenDigest(cookie.split('=')[1] ?? '')));
    expect(row?.secondFactorAt).toEqual(expect.any(Date));
    expect((await call(app, cookie, 'GET', '/api/overview')).status).toBe(200);

    const [event] = await eventsAbout(api.db, user.username, 'second_factor_enrolment');
    expect(event).toMatchObject({
      actor: user.username,
      actorRole: 'editor',
      result: 'success',
      clientAddress: '198.51.100.1',
    });
    // A versioned, audited change of the account (its `secondFactor`), with no secret in it.
    expect(stored.version).toBe(2);
    const audited = await api.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'user'), eq(auditEvents.entityId, String(user.id))));
    expect(audited).toHaveLength(1);
    expect(JSON.stringify(audited)).not.toContain(started.secret);
  });

  it('asks for a code at the next sign-in, refuses a wrong or replayed one, and takes the next', async () => {
    const { user, cookie } = await atEnrolment();
    const { started } = await enrol(cookie);
    await call(app, cookie, 'POST', '/api/auth/logout');

    const again = await signIn(app, user.username, TEST_PASSWORD, '203.0.113.5');
    expect(sessionOf(again).stage).toBe('second_factor');
    expect(errorOf(await call(app, again.cookie, 'GET', '/api/overview'))).toMatchObject({
      code: 'sign_in_step_required',
      stage: 'second_factor',
    });
    const give = (sessionCookie: string, code: string) =>
      call(app, sessionCookie, 'POST', '/api/auth/second-factor', { code }, '203.0.113.5');

    const wrong = await give(again.cookie, '123456');
    expect(wrong.status).toBe(400);
    expect(errorOf(wrong).fields).toEqual({ code: 'is wrong or already used' });
    // The code that confirmed the enrolment was taken with it.
    expect((await give(again.cookie, totpCode(started.secret))).status).toBe(400);

    const next = totpCode(started.secret, 1);
    const accepted = await give(again.cookie, next);
    expect(accepted.status).toBe(200);
    expect(sessionOf(accepted).stage).toBe('signed_in');
    expect((await call(app, again.cookie, 'GET', '/api/overview')).status).toBe(200);

    // The same code again, in another sign-in, is a replay.
    const third = await signIn(app, user.username, TEST_PASSWORD, '203.0.113.5');
    const replayed = await give(third.cookie, next);
    expect(replayed.status).toBe(400);
    const checks = await eventsAbout(api.db, user.username, 'second_factor_check');
    expect(checks.map((event) => [event.result, event.detail])).toEqual([
      ['failure', expect.objectContaining({ method: 'totp', reason: 'replayed' })],
      ['success', expect.objectContaining({ method: 'totp', purpose: 'sign_in' })],
      ['failure', expect.objectContaining({ reason: 'replayed' })],
      ['failure', expect.objectContaining({ reason: 'wrong_code' })],
    ]);
    expect(checks[0]).toMatchObject({ actor: user.username, clientAddress: '203.0.113.5' });
    // Wrong codes count as failed sign-ins.
    const failures = await api.db
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.username, user.username), eq(loginAttempts.succeeded, false)));
    expect(failures[0]?.n).toBeGreaterThanOrEqual(3);
  });

  it('takes each recovery code once', async () => {
    const { user, cookie } = await atEnrolment();
    const { enrolled } = await enrol(cookie);
    const [code = ''] = enrolled.recoveryCodes;

    const first = await signIn(app, user.username, TEST_PASSWORD);
    // Typed loosely: upper case, spaces instead of the dash.
    const used = await call(app, first.cookie, 'POST', '/api/auth/second-factor', {
      code: code.toUpperCase().replace('-', ' '),
    });
    expect(used.status).toBe(200);
    expect(sessionOf(used).stage).toBe('signed_in');
    expect(
      await api.db
        .select({ n: count() })
        .from(recoveryCodes)
        .where(and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt))),
    ).toEqual([{ n: 9 }]);

    const second = await signIn(app, user.username, TEST_PASSWORD);
    const again = await call(app, second.cookie, 'POST', '/api/auth/second-factor', { code });
    expect(again.status).toBe(400);
    const [event] = await eventsAbout(api.db, user.username, 'second_factor_check');
    expect(event).toMatchObject({
      result: 'failure',
      detail: expect.objectContaining({ method: 'recovery_code', reason: 'used_or_unknown' }),
    });
  });

  it('throttles wrong codes like wrong passwords: 429 with Retry-After, even for the right code', async () => {
    const user = await createTestUser(api.db, { role: 'viewer' });
    const secret = await giveSecondFactor(api, user.id);
    const signedIn = await signIn(app, user.username, TEST_PASSWORD, '192.0.2.44');
    for (let attempt = 0; attempt <= FREE; attempt += 1) {
      const wrong = await call(
        app,
        signedIn.cookie,
        'POST',
        '/api/auth/second-factor',
        { code: '000000' },
        '192.0.2.44',
      );
      expect(wrong.status).toBe(400);
    }
    const throttled = await call(
      app,
      signedIn.cookie,
      'POST',
      '/api/auth/second-factor',
      { code: totpCode(secret) },
      '192.0.2.44',
    );
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(sessionOf(await call(app, signedIn.cookie, 'GET', '/api/auth/session')).stage).toBe(
      'second_factor',
    );
  });

  it('renews the recovery codes with a current code, and turns the factor off only where the role allows', async () => {
    const user = await createTestUser(api.db, { role: 'viewer' });
    const secret = await giveSecondFactor(api, user.id);
    await api.db
      .update(sessions)
      .set({ secondFactorAt: new Date() })
      .where(eq(sessions.userId, user.id));
    const status = async () =>
      secondFactorStatusSchema.parse(
        (await call(app, user.cookie, 'GET', '/api/auth/second-factor')).body,
      );
    expect(await status()).toEqual({ enrolled: true, required: false, recoveryCodesLeft: 0 });

    const wrong = await call(app, user.cookie, 'POST', '/api/auth/second-factor/recovery-codes', {
      code: '000000',
    });
    expect(errorOf(wrong).fields).toEqual({ code: 'is wrong or already used' });
    const renewed = await call(app, user.cookie, 'POST', '/api/auth/second-factor/recovery-codes', {
      code: totpCode(secret),
    });
    expect(renewed.status).toBe(200);
    expect((renewed.body as { recoveryCodes: string[] }).recoveryCodes).toHaveLength(10);
    expect(await status()).toMatchObject({ recoveryCodesLeft: 10 });
    const [renewal] = await eventsAbout(api.db, user.username, 'recovery_codes_renewed');
    expect(renewal).toMatchObject({ actor: user.username, result: 'success' });

    // Required for viewers now: it stays.
    await setSecurityPolicy(api.db, { secondFactorRoles: ['viewer'] });
    const refused = await call(app, user.cookie, 'POST', '/api/auth/second-factor/disable', {
      code: totpCode(secret, 1),
    });
    expect(refused.status).toBe(403);
    expect(await status()).toMatchObject({ enrolled: true, required: true });

    await useSamplePolicy(api.db);
    const off = await call(app, user.cookie, 'POST', '/api/auth/second-factor/disable', {
      code: totpCode(secret, 1),
    });
    expect(off.status).toBe(200);
    expect(secondFactorStatusSchema.parse(off.body)).toEqual({
      enrolled: false,
      required: false,
      recoveryCodesLeft: 0,
    });
    expect((await storedUser(api.db, user.id)).totpSecret).toBeNull();
    const [disabled] = await eventsAbout(api.db, user.username, 'second_factor_disabled');
    expect(disabled).toMatchObject({ actor: user.username, result: 'success' });
  });

  it('lets the security administrator reset a user’s second factor: versioned, audited, sessions ended', async () => {
    const security = await createTestUser(api.db, { role: 'security_admin' });
    const admin = await createTestUser(api.db, { role: 'admin' });
    const user = await createTestUser(api.db, { role: 'viewer' });
    await giveSecondFactor(api, user.id);
    const version = (await storedUser(api.db, user.id)).version;
    const reset = (cookie: string, body: unknown) =>
      call(app, cookie, 'POST', `/api/users/${user.id}/second-factor/reset`, body);

    expect((await reset(admin.cookie, { version })).status).toBe(403);
    expect((await reset(user.cookie, { version })).status).toBe(403);
    const stale = await reset(security.cookie, { version: version + 1 });
    expect(stale.status).toBe(409);
    expect((await storedUser(api.db, user.id)).totpSecret).not.toBeNull();

    const done = await reset(security.cookie, { version });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ id: user.id, secondFactor: false, version: version + 1 });
    expect((await storedUser(api.db, user.id)).totpSecret).toBeNull();
    const ended = await call(app, user.cookie, 'GET', '/api/auth/session');
    expect(errorOf(ended)).toMatchObject({ code: 'session_ended', reason: 'second_factor_reset' });
    const [event] = await eventsAbout(api.db, user.username, 'second_factor_reset');
    expect(event).toMatchObject({ actor: security.username, actorRole: 'security_admin' });

    // Nothing left to reset.
    const none = await reset(security.cookie, { version: version + 1 });
    expect(errorOf(none).fields).toEqual({ secondFactor: 'is not enrolled' });
  });
});

describe.each(engines)('the notice of earlier sign-ins on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });

  it('tells the previous sign-in and the failures since, once signed in, also after the second factor', async () => {
    const app = appWithAddresses(api.db);
    const user = await createTestUser(api.db, { role: 'viewer' });
    const first = await signIn(app, user.username, TEST_PASSWORD, '198.51.100.10');
    expect(sessionOf(first).signInNotice).toMatchObject({
      previous: null,
      failures: { count: 0, lastAt: null, lastAddress: null },
    });
    await signIn(app, user.username, 'a wrong guess', '203.0.113.77');
    await signIn(app, user.username, 'another guess', '203.0.113.78');

    const secret = await giveSecondFactor(api, user.id);
    const second = await signIn(app, user.username, TEST_PASSWORD, '198.51.100.11');
    // Not yet: the second factor remains.
    expect(sessionOf(second).signInNotice).toBeUndefined();
    await call(
      app,
      second.cookie,
      'POST',
      '/api/auth/second-factor',
      { code: '000000' },
      '198.51.100.11',
    );
    const passed = await call(
      app,
      second.cookie,
      'POST',
      '/api/auth/second-factor',
      { code: totpCode(secret) },
      '198.51.100.11',
    );
    const notice = sessionOf(passed).signInNotice;
    expect(notice).toEqual({
      signedInAt: sampleNow().toISOString(),
      previous: { at: sampleNow().toISOString(), address: '198.51.100.10' },
      failures: { count: 3, lastAt: sampleNow().toISOString(), lastAddress: '198.51.100.11' },
    });
    // The session's answer carries it from then on.
    expect(
      sessionOf(await call(app, second.cookie, 'GET', '/api/auth/session')).signInNotice,
    ).toEqual(notice);
  });
});
