import { createRoute } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { loginBodySchema, sessionSchema } from '../../../contract/auth';
import { apiErrorSchema } from '../../../contract/errors';
import { users } from '../../../db/schema';
import {
  onePasswordCheckAtATime,
  recordLoginAttempt,
  removeOldLoginAttempts,
} from '../../auth/login-limits';
import { UNMATCHABLE_HASH, verifyPassword } from '../../auth/passwords';
import {
  createSession,
  endSession,
  loadSession,
  removeStaleSessions,
  SESSION_COOKIE,
  SESSION_LIFETIME_MS,
} from '../../auth/sessions';
import { sessionStage } from '../../auth/stage';
import { createRouter } from '../../context';
import { errorBody } from '../../errors';
import { eventOfRequest, recordSecurityEvent } from '../../security/events';
import { cookieIsSecure, refuseSignInOverHttp } from '../../security/transport';
import { invalidRequestResponse, jsonResponse } from '../responses';
import * as password from './password';
import * as secondFactor from './second-factor';
import { reachSignedIn, sessionAnswer, sessionDetail } from './signed-in';
import { checkingAlready, refuseWhileThrottled } from './throttle';

const login = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['auth'],
  summary:
    'Sign in with username and password; sets the session cookie. The answer’s `stage` names the step that remains, if any',
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
  summary: 'Who is signed in, and the sign-in step the session stands at',
  responses: {
    200: jsonResponse(sessionSchema, 'The signed-in user'),
    401: jsonResponse(apiErrorSchema, 'Not signed in, or the session ended (`reason` says why)'),
  },
});

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
    // Signing in again in the same browser ends its session rather than leaving it open.
    const previous = getCookie(c, SESSION_COOKIE);
    if (previous) await endSession(c.var.db, previous, 'signed_out');
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
    const found = await loadSession(c.var.db, created.token, now, c.var.securityPolicy);
    if (found.status !== 'live') throw new Error('A session just created could not be read back');
    const { session } = found;
    const stage = sessionStage(
      session.user.role,
      session.account,
      session,
      c.var.securityPolicy,
      attemptAt,
    );
    await recordSecurityEvent(c.var.db, {
      type: 'sign_in',
      result: 'success',
      actor: session.user,
      object: session.user.username,
      clientAddress: address,
      at: attemptAt,
      detail: { ...sessionDetail(session.ref), stage },
    });
    if (stage === 'signed_in') await reachSignedIn(c, session.user, session);
    return c.json(await sessionAnswer(c.var.db, session.user, stage, session), 200);
  })
  .openapi(logout, async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await endSession(c.var.db, token, 'signed_out');
    await recordSecurityEvent(
      c.var.db,
      eventOfRequest(c, { type: 'sign_out', result: 'success', object: c.var.user.username }),
    );
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: cookieIsSecure(c) });
    return c.body(null, 204);
  })
  .openapi(session, async (c) => {
    const { user, session: current } = c.var;
    return c.json(await sessionAnswer(c.var.db, user, current.stage, current), 200);
  });

authRouter.openapi(password.passwordRules, password.handlePasswordRules);
authRouter.openapi(password.changePassword, password.handleChangePassword);
authRouter.openapi(secondFactor.verify, secondFactor.handleVerify);
authRouter.openapi(secondFactor.status, secondFactor.handleStatus);
authRouter.openapi(secondFactor.startEnrolment, secondFactor.handleStartEnrolment);
authRouter.openapi(secondFactor.confirmEnrolment, secondFactor.handleConfirmEnrolment);
authRouter.openapi(secondFactor.renewRecoveryCodes, secondFactor.handleRenewRecoveryCodes);
authRouter.openapi(secondFactor.disable, secondFactor.handleDisable);
