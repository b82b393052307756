import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../context';
import { errorBody } from '../errors';
import type { SessionEndReason, SessionStage } from '../../contract/auth';
import { recordSecurityEvent } from '../security/events';
import { hasPermission } from './permissions';
import { loadSession, SESSION_COOKIE } from './sessions';
import { sessionStage } from './stage';

/** The only routes open without a session: signing in, and what monitoring and docs read. */
function isPublic(c: Context<AppEnv>): boolean {
  const { method, path } = c.req;
  if (method === 'POST' && path === '/api/auth/login') return true;
  return method === 'GET' && (path === '/api/health' || path === '/api/openapi.json');
}

/** What a session between its password and `signed_in` may call at every step. */
const everyStep = [
  'GET /api/auth/session',
  'POST /api/auth/logout',
  'GET /api/auth/password-rules',
];

/** …and the routes of the step it stands at. */
const stepRoutes: Record<Exclude<SessionStage, 'signed_in'>, readonly string[]> = {
  second_factor: ['POST /api/auth/second-factor'],
  change_password: ['PUT /api/auth/password'],
  enrol_second_factor: [
    'POST /api/auth/second-factor/enrolment',
    'POST /api/auth/second-factor/enrolment/confirm',
  ],
};

function allowedAtStage(stage: SessionStage, route: string): boolean {
  return stage === 'signed_in' || everyStep.includes(route) || stepRoutes[stage].includes(route);
}

const endedMessages: Record<SessionEndReason, string> = {
  signed_out: 'This session was signed out',
  idle: 'This session ended after a time without use',
  expired: 'This session reached its longest lifetime',
  replaced: 'This account signed in elsewhere, which ended this session',
  password_changed: 'The password was changed, which ended this session',
  password_reset: 'The password was reset, which ended this session',
  second_factor_reset: 'The second factor was reset, which ended this session',
  account_changed: 'The account was changed, which ended this session',
  disabled: 'This account is disabled',
};

/**
 * Every other route needs a live session under the security policy (idle and lifetime limits);
 * its user is `c.var.user` and the session `c.var.session` from here on. A session still
 * between its password and `signed_in` reaches only the routes of its step.
 */
export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (isPublic(c)) return next();
  const token = getCookie(c, SESSION_COOKIE);
  // Sessions live by the wall clock (the app's clock is the one alerts and throttles use).
  const found = token
    ? await loadSession(c.var.db, token, new Date(), c.var.securityPolicy)
    : ({ status: 'unknown' } as const);
  if (found.status === 'unknown') {
    return c.json(errorBody('unauthorized', 'Sign in to continue'), 401);
  }
  if (found.status === 'ended') {
    if (found.endedNow && found.reason !== 'disabled') {
      await recordSecurityEvent(c.var.db, {
        type: 'session_ended',
        result: 'success',
        actor: found.user,
        object: found.user.username,
        clientAddress: c.var.clientAddress,
        at: c.var.now(),
        detail: { reason: found.reason },
      });
    }
    const { error } = errorBody('session_ended', endedMessages[found.reason]);
    return c.json({ error: { ...error, reason: found.reason } }, 401);
  }
  const { session } = found;
  const stage = sessionStage(
    session.user.role,
    session.account,
    session,
    c.var.securityPolicy,
    c.var.now(),
  );
  c.set('user', session.user);
  c.set('session', { ...session, stage });
  if (!allowedAtStage(stage, `${c.req.method} ${c.req.path}`)) {
    const { error } = errorBody('sign_in_step_required', `Sign-in is not complete: ${stage}`);
    return c.json({ error: { ...error, stage } }, 403);
  }
  await next();
};

/**
 * The routes a role without `read_data` (the security and audit administrators) may call at
 * all; each still checks its own permission. Everything else is the chains' data.
 */
const outsideTheData: readonly RegExp[] = [
  /^\/api\/auth\//,
  /^\/api\/security(\/|$)/,
  /^\/api\/users(\/|$)/,
  /^\/api\/login-throttles(\/|$)/,
  /^\/api\/audit-events$/,
  /^\/api\/exports\/audit$/,
  /^\/api\/exports\/security-events$/,
];

/** 三权分立: the security and audit administrators do not read the chains' data. */
export const requireDataReader: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (isPublic(c) || hasPermission(c.var.user.role, 'read_data')) return next();
  if (outsideTheData.some((pattern) => pattern.test(c.req.path))) return next();
  return c.json(errorBody('forbidden', 'This role does not read the chains’ data'), 403);
};

/**
 * API answers are about one signed-in user (or are a sign-in's own answer): neither the browser's
 * cache nor a shared proxy may keep them, so a later user of the same machine cannot read them
 * back. Set after the route ran, so it holds for answers from the error handler too.
 */
export const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', 'no-store');
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * State-changing requests must come from the app's own pages. Hono's csrf() middleware checks
 * only form content types (JSON is left to CORS preflights); this checks every write, whatever
 * its body, by the Origin browsers always send on them and by Sec-Fetch-Site.
 */
export function rejectCrossSiteWrites(
  allowedOrigins: readonly string[],
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    const url = new URL(c.req.url);
    // Behind a TLS proxy this server sees http://, while the browser's Origin says https://.
    const ownOrigin = `${c.var.transport.https ? 'https:' : url.protocol}//${url.host}`;
    const foreignOrigin =
      origin !== undefined && origin !== ownOrigin && !allowedOrigins.includes(origin);
    if (foreignOrigin || site === 'cross-site') {
      return c.json(errorBody('forbidden', 'Changes must come from Chainboard’s own pages'), 403);
    }
    return next();
  };
}
