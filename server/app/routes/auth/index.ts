import { createRoute } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { changePasswordBodySchema, loginBodySchema, sessionSchema } from '../../../contract/auth';
import { apiErrorSchema } from '../../../contract/errors';
import { users } from '../../../db/schema';
import {
  onePasswordCheckAtATime,
  recordLoginAttempt,
  removeOldLoginAttempts,
  secondsUntilLoginAllowed,
} from '../../auth/login-limits';
import { hashPassword, UNMATCHABLE_HASH, verifyPassword } from '../../auth/passwords';
import {
  createSession,
  endSession,
  endSessionsOf,
  loadSessionUser,
  removeStaleSessions,
  SESSION_COOKIE,
  SESSION_LIFETIME_MS,
} from '../../auth/sessions';
import { createRouter, type AppEnv } from '../../context';
import { errorBody, invalidField } from '../../errors';
import { updateRecord } from '../../writes/operations';
import { runWrite } from '../../writes/run-write';
import { eventOfRequest, recordSecurityEvent } from '../../security/events';
import { cookieIsSecure, refuseSignInOverHttp } from '../../security/transport';
import { ownAccountKind } from '../users/users.kind';
import { invalidRequestResponse, jsonResponse } from '../responses';

const login = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['auth'],
  summary: 'Sign in with username and password; sets the session cookie',
  request: {
    body: { required: true, content: { 'application/json': { schema: loginBodySchema } } },
  },
  responses: {
    200: jsonResponse(sessionSchema, 'Signed in'),
    400: invalidRequestResponse,
    401: jsonResponse(apiErrorSchema, 'Wrong username or password, or the user is disabled'),
    403: jsonResponse(
      apiErrorSchema,
      '`https_required`: this server takes sign-ins over HTTPS only',
    ),
    429: jsonResponse(apiErrorSchema, 'Too many failed attempts; `Retry-After` says when to retry'),
  },
});

const logout = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['auth'],
  summary: 'Sign out: ends the session and clears its cookie',
  responses: {
    204: { description: 'Signed out' },
    401: jsonResponse(apiErrorSchema, 'Not signed in'),
  },
});

const session = createRoute({
  method: 'get',
  path: '/auth/session',
  tags: ['auth'],
  summary: 'Who is signed in',
  responses: {
    200: jsonResponse(sessionSchema, 'The signed-in user'),
    401: jsonResponse(apiErrorSchema, 'Not signed in'),
  },
});

const changePassword = createRoute({
  method: 'put',
  path: '/auth/password',
  tags: ['auth'],
  summary: 'Change one’s own password; every other session of the user ends',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: changePasswordBodySchema } },
    },
  },
  responses: {
    204: { description: 'Changed' },
    400: invalidRequestResponse,
    401: jsonResponse(apiErrorSchema, 'Not signed in'),
    429: jsonResponse(apiErrorSchema, 'Too many wrong passwords; `Retry-After` says when to retry'),
  },
});

/** 429 with `Retry-After` while this address's wrong passwords for `username` (or all) count. */
async function refuseWhileThrottled(c: Context<AppEnv>, username: string, now: Date) {
  const { db, clientAddress, loginThrottle } = c.var;
  const wait = await secondsUntilLoginAllowed(db, username, clientAddress, now, loginThrottle);
  if (wait <= 0) return null;
  c.header('Retry-After', String(wait));
  return c.json(
    errorBody('rate_limited', `Too many wrong passwords; try again in ${wait} seconds`),
    429,
  );
}

/** 429 while the same account's password from the same address is being checked. */
function checkingAlready(c: Context<AppEnv>) {
  c.header('Retry-After', '1');
  return c.json(
    errorBody(
      'rate_limited',
      'This account is already signing in from here; try again in a second',
    ),
    429,
  );
}

export const authRouter = createRouter()
  .openapi(login, async (c) => {
    refuseSignInOverHttp(c);
    const { username, password } = c.req.valid('json');
    // Sessions live by the wall clock, as the session check does; attempts by the app's clock,
    // which the throttle is judged by (the same in production; tests set it).
    const now = new Date();
    const attemptAt = c.var.now();
    const address = c.var.clientAddress;
    const signInEvent = (result: 'success' | 'failure', detail?: Record<string, unknown>) =>
      recordSecurityEvent(c.var.db, {
        type: 'sign_in',
        result,
        actor: { username, role: null },
        object: username,
        clientAddress: address,
        at: attemptAt,
        detail,
      });
    const checked = await onePasswordCheckAtATime(username, address, async () => {
      const throttled = await refuseWhileThrottled(c, username, attemptAt);
      if (throttled) {
        await signInEvent('failure', { reason: 'throttled' });
        return throttled;
      }
      const [found] = await c.var.db.select().from(users).where(eq(users.username, username));
      const matches = await verifyPassword(password, found?.passwordHash ?? UNMATCHABLE_HASH);
      const succeeded = Boolean(found && matches && !found.disabledAt);
      await recordLoginAttempt(c.var.db, { username, address, succeeded, at: attemptAt });
      if (!succeeded) {
        const reason = !found ? 'unknown_user' : !matches ? 'wrong_password' : 'disabled';
        await signInEvent('failure', { reason });
      }
      return succeeded ? found : undefined;
    });
    if (checked === 'busy') return checkingAlready(c);
    if (checked instanceof Response) return checked;
    const user = checked;
    if (!user) {
      return c.json(errorBody('unauthorized', 'Wrong username or password'), 401);
    }
    await Promise.all([
      removeStaleSessions(c.var.db, now),
      removeOldLoginAttempts(c.var.db, attemptAt),
    ]);
    // Signing in again in the same browser replaces its session rather than leaving it open.
    const previous = getCookie(c, SESSION_COOKIE);
    if (previous) await endSession(c.var.db, previous);
    const created = await createSession(c.var.db, user.id, now, {
      address,
      userAgent: c.req.header('user-agent'),
    });
    setCookie(c, SESSION_COOKIE, created.token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: cookieIsSecure(c),
      path: '/',
      maxAge: Math.floor(SESSION_LIFETIME_MS / 1000),
    });
    const signedIn = await loadSessionUser(c.var.db, created.token, now);
    if (!signedIn) throw new Error('A session just created could not be read back');
    await recordSecurityEvent(c.var.db, {
      type: 'sign_in',
      result: 'success',
      actor: signedIn,
      object: signedIn.username,
      clientAddress: address,
      at: attemptAt,
    });
    return c.json({ user: signedIn }, 200);
  })
  .openapi(logout, async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await endSession(c.var.db, token);
    await recordSecurityEvent(
      c.var.db,
      eventOfRequest(c, { type: 'sign_out', result: 'success', object: c.var.user.username }),
    );
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: cookieIsSecure(c) });
    return c.body(null, 204);
  })
  .openapi(session, (c) => c.json({ user: c.var.user }, 200))
  .openapi(changePassword, async (c) => {
    const { currentPassword, newPassword } = c.req.valid('json');
    const { id, username } = c.var.user;
    const now = c.var.now();
    const address = c.var.clientAddress;
    // A wrong current password is a guess like a wrong sign-in, and counts against the same limit.
    const checked = await onePasswordCheckAtATime(username, address, async () => {
      const throttled = await refuseWhileThrottled(c, username, now);
      if (throttled) return throttled;
      const [found] = await c.var.db.select().from(users).where(eq(users.id, id));
      if (!found || !(await verifyPassword(currentPassword, found.passwordHash))) {
        await recordLoginAttempt(c.var.db, { username, address, succeeded: false, at: now });
        await recordSecurityEvent(
          c.var.db,
          eventOfRequest(c, {
            type: 'password_change',
            result: 'failure',
            object: username,
            detail: { reason: 'wrong_current_password' },
          }),
        );
        throw invalidField('currentPassword', 'is not the current password');
      }
      return found;
    });
    if (checked === 'busy') return checkingAlready(c);
    if (checked instanceof Response) return checked;
    const stored = checked;
    const passwordHash = await hashPassword(newPassword);
    await runWrite(c, async (write) => {
      // Versioned and audited as the administrator's reset is (the audit never holds a hash).
      await updateRecord(write, ownAccountKind, String(id), stored.version, {}, 'User');
      await write.tx.update(users).set({ passwordHash }).where(eq(users.id, id));
      await endSessionsOf(write.tx, id, getCookie(c, SESSION_COOKIE));
      await recordSecurityEvent(
        write.tx,
        eventOfRequest(c, { type: 'password_change', result: 'success', object: username }),
      );
    });
    return c.body(null, 204);
  });
