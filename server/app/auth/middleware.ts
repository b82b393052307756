import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../context';
import { errorBody } from '../errors';
import { hasPermission } from './permissions';
import { loadSessionUser, SESSION_COOKIE } from './sessions';

/** The only routes open without a session: signing in, and what monitoring and docs read. */
function isPublic(c: Context<AppEnv>): boolean {
  const { method, path } = c.req;
  if (method === 'POST' && path === '/api/auth/login') return true;
  return method === 'GET' && (path === '/api/health' || path === '/api/openapi.json');
}

/** Every other route needs a live session; its user is `c.var.user` from here on. */
export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (isPublic(c)) return next();
  const token = getCookie(c, SESSION_COOKIE);
  const user = token ? await loadSessionUser(c.var.db, token, new Date()) : undefined;
  if (!user) return c.json(errorBody('unauthorized', 'Sign in to continue'), 401);
  c.set('user', user);
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
