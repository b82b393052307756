import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ConflictSavedBy } from '../contract/errors';
import type { Database } from '../db/database';
import { users } from '../db/schema';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';
import { ConflictError, errorBody, HttpError } from './errors';
import { createRouter, type AppDeps, type Router } from './context';
import { SheetFileError } from './sheets/errors';
import { DEFAULT_LOGIN_THROTTLE } from './auth/login-limits';
import { DEFAULT_INDICATOR_LOCK_AFTER_DAYS } from '../contract/indicator-periods';
import { DEFAULT_PROBLEM_DUE_SOON_DAYS, DEFAULT_PROBLEM_RED_AFTER_DAYS } from '../contract/alerts';
import { NotificationSweeper } from './notifications/sweep';
import { loadSecurityPolicy } from './security/policy';
import { limitBodySize } from './security/body-limit';
import { limitSessionRequests } from './security/rate-limit';
import { requestUrlOrForwardedHttps } from './security/transport';
import {
  noStore,
  rejectCrossSiteWrites,
  requireDataReader,
  requireSession,
} from './auth/middleware';
import { auditRouter } from './routes/audit';
import { authRouter } from './routes/auth';
import { backupRouter } from './routes/backup';
import { chainsRouter } from './routes/chains';
import { changesRouter } from './routes/changes';
import { clustersRouter } from './routes/clusters';
import { departmentsRouter } from './routes/departments';
import { exportsRouter } from './routes/exports';
import { campaignsRouter } from './routes/campaigns';
import { firmsRouter } from './routes/firms';
import { leadsRouter } from './routes/leads';
import { meetingsRouter } from './routes/meetings';
import { notificationsRouter } from './routes/notifications';
import { supplyItemsRouter } from './routes/supply-items';
import { targetFirmsRouter } from './routes/target-firms';
import { technologyRouter } from './routes/technology';
import { healthRouter } from './routes/health';
import { importsRouter } from './routes/imports';
import { indicatorPeriodsRouter } from './routes/indicator-periods';
import { ImportRejectedError } from './imports/problems';
import { overviewRouter } from './routes/overview';
import { parksRouter } from './routes/parks';
import { problemsRouter } from './routes/problems';
import { projectsRouter } from './routes/projects';
import { loginThrottlesRouter } from './routes/login-throttles';
import { screenRouter } from './routes/screen';
import { securityRouter } from './routes/security';
import { supervisionRouter } from './routes/supervision';
import { usersRouter } from './routes/users';

/**
 * The whole API as a platform-neutral Hono app. The Node server, the tests and the in-browser
 * demo all call this with their own database, so they run the very same routes.
 */
export function createApp({
  db,
  now = () => new Date(),
  clientAddress = () => 'unknown',
  allowedOrigins = [],
  loginThrottle = DEFAULT_LOGIN_THROTTLE,
  secureCookies = 'auto',
  isHttps = requestUrlOrForwardedHttps,
  rateLimiter,
  limitBodies = true,
  problemRedAfterDays = DEFAULT_PROBLEM_RED_AFTER_DAYS,
  indicatorLockAfterDays = DEFAULT_INDICATOR_LOCK_AFTER_DAYS,
  problemDueSoonDays = DEFAULT_PROBLEM_DUE_SOON_DAYS,
  notificationSweeper = new NotificationSweeper(db, now, problemDueSoonDays),
}: AppDeps) {
  const app = createRouter();

  app.use('*', async (c, next) => {
    c.set('db', db);
    c.set('now', now);
    c.set('clientAddress', clientAddress(c));
    c.set('loginThrottle', loginThrottle);
    c.set('transport', { https: isHttps(c), secureCookies });
    c.set('problemRedAfterDays', problemRedAfterDays);
    c.set('indicatorLockAfterDays', indicatorLockAfterDays);
    c.set('notificationSweeper', notificationSweeper);
    await next();
  });
  app.use('/api/*', async (c, next) => {
    // The health check reports on the database itself, so it must not fail before it runs.
    if (c.req.path !== '/api/health') c.set('securityPolicy', await loadSecurityPolicy(db));
    await next();
  });
  app.use('/api/*', noStore);
  if (limitBodies) app.use('/api/*', limitBodySize);
  app.use('/api/*', rejectCrossSiteWrites(allowedOrigins));
  app.use('/api/*', requireSession);
  if (rateLimiter) app.use('/api/*', limitSessionRequests(rateLimiter));
  app.use('/api/*', requireDataReader);

  // Each router's own route types stop here: typed as plain routers, mounting them asks the type
  // checker for no merge of every route's schema (which cost over a minute of every type check).
  const routers: Router[] = [
    healthRouter,
    authRouter,
    overviewRouter,
    screenRouter,
    chainsRouter,
    parksRouter,
    firmsRouter,
    clustersRouter,
    projectsRouter,
    problemsRouter,
    meetingsRouter,
    supervisionRouter,
    indicatorPeriodsRouter,
    leadsRouter,
    targetFirmsRouter,
    campaignsRouter,
    supplyItemsRouter,
    technologyRouter,
    departmentsRouter,
    auditRouter,
    changesRouter,
    notificationsRouter,
    usersRouter,
    loginThrottlesRouter,
    securityRouter,
    backupRouter,
    importsRouter,
    exportsRouter,
  ];
  for (const router of routers) app.route('/api', router);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Chainboard API',
      version: '1.0.0',
      description:
        '产业链链长制管理驾驶舱 — chains, five ones, parks, firms, clusters, projects, problems.',
    },
  });

  app.notFound((c) =>
    c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}`), 404),
  );

  app.onError(async (error, c) => {
    if (error instanceof ConflictError) {
      const savedBy = await whoSaved(db, error.current);
      return c.json(
        {
          ...errorBody(error.code, error.message),
          current: error.current,
          ...(savedBy && { savedBy }),
        },
        409,
      );
    }
    if (error instanceof SheetFileError) {
      return c.json(errorBody('invalid_file', error.message, { file: error.code }), 400);
    }
    if (error instanceof ImportRejectedError) {
      const { problems, problemCount } = error;
      return c.json(
        { ...errorBody(error.code, error.message, error.fields), problems, problemCount },
        error.status,
      );
    }
    if (error instanceof HttpError) {
      return c.json(errorBody(error.code, error.message, error.fields), error.status);
    }
    if (error instanceof HTTPException) return frameworkError(c, error);
    if (isDatabaseUnavailable(error)) {
      // The pool opens new connections on the next request: no restart is needed to recover.
      c.header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      return c.json(errorBody('unavailable', 'The database is not reachable; try again soon'), 503);
    }
    console.error(error);
    return c.json(errorBody('internal', 'Internal server error'), 500);
  });

  return app;
}

/**
 * What the framework itself refuses before a handler runs: a body that is not JSON (the
 * validator's 400) or not sent as JSON (zod-openapi's 415). Answered in the API's one shape.
 */
function frameworkError(c: Context, error: HTTPException) {
  if (error.status === 415) {
    return c.json(
      errorBody('unsupported_media_type', 'Send the body as application/json', {
        'content-type': 'must be application/json',
      }),
      415,
    );
  }
  if (error.status === 400 && /json/i.test(error.message)) {
    return c.json(
      errorBody('invalid_request', 'The body is not valid JSON', { _: 'is not valid JSON' }),
      400,
    );
  }
  const status = error.status >= 500 ? 500 : error.status;
  return c.json(
    errorBody(status === 500 ? 'internal' : 'invalid_request', error.message || 'Bad request'),
    status,
  );
}

/** The user a conflicting record names as its last editor, by username, with their display name. */
async function whoSaved(db: Database, current: unknown): Promise<ConflictSavedBy | undefined> {
  const username =
    typeof current === 'object' && current !== null && 'updatedBy' in current
      ? current.updatedBy
      : null;
  if (typeof username !== 'string') return undefined;
  try {
    const [user] = await db
      .select({ username: users.username, displayName: users.displayName })
      .from(users)
      .where(eq(users.username, username));
    return user;
  } catch {
    // The name is a courtesy: the 409 with the current record must reach the form regardless.
    return undefined;
  }
}

export type App = ReturnType<typeof createApp>;
