import type { Context } from 'hono';
import { OpenAPIHono, type RouteConfig, type RouteHandler } from '@hono/zod-openapi';
import type { SessionStage, SessionUser } from '../contract/auth';
import { cityDay } from '../contract/city-time';
import type { LoginThrottleSettings } from './auth/login-limits';
import type { LiveSession } from './auth/sessions';
import type { SecurityPolicy } from '../contract/security';
import type { SessionRateLimiter } from './security/rate-limit';
import type { SecureCookies, Transport } from './security/transport';
import type { Database } from '../db/database';
import { invalidRequest } from './errors';
import type { NotificationSweeper } from './notifications/sweep';
import type { SupervisionClock } from './queries/rules';

export interface AppDeps {
  db: Database;
  /**
   * The clock alerts, "overdue" and sign-in throttles are judged by; tests pass a fixed one.
   * (Sessions keep the wall clock.)
   */
  now?: () => Date;
  /**
   * The address a request came from, for limiting sign-in attempts. The Node server reads the
   * socket (or a trusted proxy's header); tests and the in-browser demo use a fixed one.
   */
  clientAddress?: (c: Context) => string;
  /** Other origins whose pages may send writes (the app's own origin always may). */
  allowedOrigins?: readonly string[];
  /** How many wrong passwords cost no wait (server/env.ts reads them from the environment). */
  loginThrottle?: LoginThrottleSettings;
  /** When the session cookie is `Secure` and sign-in needs HTTPS (server/env.ts: SECURE_COOKIES). */
  secureCookies?: SecureCookies;
  /**
   * Whether a request reached us over HTTPS. The Node server believes X-Forwarded-Proto only
   * from a trusted proxy; without it, the request's own URL or that header decide.
   */
  isHttps?: (c: Context) => boolean;
  /** Limits each session's requests per minute by the policy; without one, none are limited. */
  rateLimiter?: SessionRateLimiter;
  /**
   * Refuse request bodies over the limit (default). The in-browser demo turns it off: there the
   * browser is its own server, and the limit's re-wrapped request would lose the session cookie
   * (a header a browser's Request drops).
   */
  limitBodies?: boolean;
  /** Calendar days overdue after which a problem turns red (server/env.ts: PROBLEM_RED_AFTER_DAYS). */
  problemRedAfterDays?: number;
  /** Grace days before a quarter's indicator figures lock (server/env.ts: INDICATOR_LOCK_AFTER_DAYS). */
  indicatorLockAfterDays?: number;
  /** Days before its deadline a problem's editors are told (server/env.ts: PROBLEM_DUE_SOON_DAYS). */
  problemDueSoonDays?: number;
  /** The server's own sweeper, which it also runs on a timer; without one the app makes its own. */
  notificationSweeper?: NotificationSweeper;
}

export interface AppEnv {
  Variables: {
    db: Database;
    now: () => Date;
    /** Set by the session middleware on every route that needs a session (all but sign-in). */
    user: SessionUser;
    /** The request's session, with the sign-in stage it stands at (set with `user`). */
    session: LiveSession & { stage: SessionStage };
    clientAddress: string;
    loginThrottle: LoginThrottleSettings;
    /** The security policy in force, read once per request before the session is checked. */
    securityPolicy: SecurityPolicy;
    /** How this request arrived, and whether cookies must be `Secure` regardless. */
    transport: Transport;
    problemRedAfterDays: number;
    indicatorLockAfterDays: number;
    notificationSweeper: NotificationSweeper;
  };
}

/** The handler of one route, typed by its definition (params, query, responses). */
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>;

/** Every router of the API: request validation failures become a 400 naming each field. */
/** A router as the app mounts it: its routes' own types are for its handlers, not the app. */
export type Router = OpenAPIHono<AppEnv>;

export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return invalidRequest(c, result.error);
    },
  });
}

/** The city's calendar day by the app's clock: what deadlines and ages are judged against. */
export function cityToday(c: { var: AppEnv['Variables'] }): string {
  return cityDay(c.var.now());
}

/** Today by the app's clock and the configured red threshold: what 督办 levels are judged by. */
export function supervisionClock(c: { var: AppEnv['Variables'] }): SupervisionClock {
  return { asOf: cityToday(c), redAfterDays: c.var.problemRedAfterDays };
}
