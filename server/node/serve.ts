import { isIP } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { secureHeaders } from 'hono/secure-headers';
import { createApp } from '../app/create-app';
import { DIGEST_PERIOD_MS, MailDigest } from '../app/notifications/digest';
import { smtpMailer } from '../app/notifications/mailer';
import { NotificationSweeper, SWEEP_PERIOD_MS } from '../app/notifications/sweep';
import { SessionRateLimiter } from '../app/security/rate-limit';
import { strictTransportSecurity } from '../app/security/transport';
import { cityDay } from '../contract/city-time';
import type { Database } from '../db/database';
import { databaseTarget, openDatabase } from '../db/open';
import { prepareDatabase } from '../db/prepare';
import type { Env } from '../env';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Opens and prepares the database, then serves the API and, when given, the built SPA. */
export async function startServer(
  env: Env,
  options: { staticRoot?: string; log?: (line: string) => void } = {},
): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  const target = databaseTarget(env);
  const opened = await openDatabase(target);
  const { sampleLoaded } = await prepareDatabase(opened, {
    sampleData: env.SAMPLE_DATA,
    today: cityDay(new Date()),
    administratorPasswords: {
      admin: env.ADMIN_PASSWORD,
      security_admin: env.SECURITY_ADMIN_PASSWORD,
      audit_admin: env.AUDIT_ADMIN_PASSWORD,
    },
    log,
  });
  const where =
    target.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${env.DATA_DIR}`;
  log(`Database: ${where}${sampleLoaded ? ', sample city loaded' : ''}`);

  const notificationSweeper = new NotificationSweeper(
    opened.db,
    () => new Date(),
    env.PROBLEM_DUE_SOON_DAYS,
  );
  const api = createApp({
    db: opened.db,
    notificationSweeper,
    clientAddress: (c) => clientAddress(c, env.TRUST_PROXY),
    isHttps: (c) => reachedOverHttps(c, env.TRUST_PROXY),
    secureCookies: env.SECURE_COOKIES,
    rateLimiter: new SessionRateLimiter(),
    allowedOrigins: env.ALLOWED_ORIGINS,
    problemRedAfterDays: env.PROBLEM_RED_AFTER_DAYS,
    indicatorLockAfterDays: env.INDICATOR_LOCK_AFTER_DAYS,
    loginThrottle: {
      freeFailuresPerPair: env.LOGIN_FREE_FAILURES,
      maxFailuresPerAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
    },
  });
  const server = new Hono();
  server.use('*', secureHeaders(securityHeaders));
  server.use(
    '*',
    strictTransportSecurity((c) => reachedOverHttps(c, env.TRUST_PROXY)),
  );
  // The socket travels in `c.env`, so the API can read the client's address from it.
  server.all('/api/*', (c) => api.fetch(c.req.raw, c.env));
  if (options.staticRoot) mountSpa(server, options.staticRoot);

  const httpServer = await new Promise<ServerType>((resolveServer) => {
    const instance = serve({ fetch: server.fetch, port: env.PORT, hostname: env.HOST }, () =>
      resolveServer(instance),
    );
  });
  const shownHost = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${env.PORT}`;
  const took = `${Math.round(performance.now() - started)} ms`;
  log(
    options.staticRoot
      ? `Chainboard is ready at ${url} (${took})`
      : `Chainboard API is listening at ${url} (${took})`,
  );
  for (const line of transportAdvice(env)) log(line);

  // Due and overdue problems and reports are told without anyone's write: sweep now and hourly.
  // A failed sweep is logged and tried again at the next tick; it never stops the server.
  const failed = (what: string) => (error: unknown) => {
    log(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
  };
  const sweep = () => notificationSweeper.sweep().catch(failed('Notification sweep'));
  void sweep();
  const sweepTimer = setInterval(() => void sweep(), SWEEP_PERIOD_MS);
  sweepTimer.unref();

  const digest = mailDigestOf(env, opened.db, log);
  // The day's digest after a sweep no older than an hour, so it holds what fell due today. A
  // failed tick (the database away) is logged; a failed send is retried by the next tick.
  const sendDigest = async (mailDigest: MailDigest) => {
    await notificationSweeper.sweepIfStale().catch(failed('Notification sweep'));
    await mailDigest.run().catch(failed('Mail digest'));
  };
  if (digest) void sendDigest(digest);
  const digestTimer = digest && setInterval(() => void sendDigest(digest), DIGEST_PERIOD_MS);
  digestTimer?.unref();

  return {
    url,
    async close() {
      clearInterval(sweepTimer);
      clearInterval(digestTimer);
      await new Promise<void>((done) => httpServer.close(() => done()));
      await notificationSweeper.idle();
      await digest?.close();
      await opened.close();
    },
  };
}

/** The daily mail digest when SMTP_URL names a mail server (env.ts requires the rest then). */
export function mailDigestOf(
  env: Env,
  db: Database,
  log: (line: string) => void,
): MailDigest | undefined {
  if (!env.SMTP_URL || !env.MAIL_FROM || !env.PUBLIC_URL) return undefined;
  const settings = { hour: env.MAIL_DIGEST_HOUR, publicUrl: env.PUBLIC_URL };
  log(`Mail digest: daily from ${settings.hour}:00 city time, links to ${settings.publicUrl}`);
  return new MailDigest(
    db,
    smtpMailer(env.SMTP_URL, env.MAIL_FROM),
    () => new Date(),
    settings,
    log,
  );
}

/**
 * The SPA loads only its own scripts (no inline ones), styles and images; nobody may frame it.
 * Inline styles stay allowed: React and Recharts set element styles.
 */
const securityHeaders = {
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: 'DENY',
  referrerPolicy: 'strict-origin-when-cross-origin',
  xContentTypeOptions: 'nosniff',
  crossOriginEmbedderPolicy: false,
  // Sent on HTTPS answers only (strictTransportSecurity above): this server speaks plain HTTP.
  strictTransportSecurity: false,
};

/** How users reach the app, said at start-up: plain HTTP here, HTTPS only through a proxy. */
export function transportAdvice(env: Env): string[] {
  if (env.TRUST_PROXY === false) {
    const lines = [
      'Serving plain HTTP. For HTTPS, put a TLS reverse proxy (nginx, Caddy) in front and set TRUST_PROXY and SECURE_COOKIES=always: README, "Serving over HTTPS"',
    ];
    if (env.SECURE_COOKIES === 'always') {
      lines.push(
        'SECURE_COOKIES=always without TRUST_PROXY: no request here arrives over HTTPS, so every sign-in is refused until a trusted TLS proxy forwards them',
      );
    }
    return lines;
  }
  return [
    `Behind a reverse proxy (TRUST_PROXY): users reach Chainboard at the proxy's https:// address; the session cookie is Secure ${env.SECURE_COOKIES === 'always' ? 'always, and sign-in needs HTTPS' : 'on HTTPS requests'}`,
  ];
}

/**
 * Whether the browser reached us over HTTPS. This server speaks plain HTTP, so only a TLS proxy
 * in front can say so, in X-Forwarded-Proto; like X-Forwarded-For, the header is believed only
 * when TRUST_PROXY trusts the socket's peer, and then only its last entry, the nearest proxy's.
 */
export function reachedOverHttps(c: Context, trustProxy: boolean | readonly string[]): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  if (trustProxy === false) return false;
  if (
    trustProxy !== true &&
    !trustProxy.map(plainAddress).includes(plainAddress(socketAddress(c)))
  ) {
    return false;
  }
  const forwarded = (c.req.header('x-forwarded-proto') ?? '').split(',').at(-1)?.trim();
  return forwarded?.toLowerCase() === 'https';
}

/**
 * The address sign-in throttles count by. Without a trusted proxy it is the socket's: anyone can
 * send X-Forwarded-For, and believing it would let a guesser pick a fresh address for every
 * attempt. Each proxy appends the address it was reached from, so only the right end of the
 * header is the proxies' word; what lies left of it the client may have written. With `true` (one
 * proxy in front) that is the last entry; with a list of proxies, the rightmost entry that is not
 * one of them — and only when the socket's peer is one of them.
 */
export function clientAddress(c: Context, trustProxy: boolean | readonly string[]): string {
  const socket = socketAddress(c);
  if (trustProxy === false) return socket;
  const forwarded = (c.req.header('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim());
  // Only an IP address is believed: anything else (a port, a name) could differ per attempt.
  const believed = (entry: string | undefined) =>
    entry !== undefined && isIP(plainAddress(entry)) !== 0 ? entry : socket;
  if (trustProxy === true) return believed(forwarded.at(-1));
  const trusted = new Set(trustProxy.map(plainAddress));
  if (!trusted.has(plainAddress(socket))) return socket;
  const client = forwarded.findLast((entry) => !trusted.has(plainAddress(entry)));
  // Every hop a trusted proxy: the first of them is where the request began.
  return believed(client ?? forwarded[0]);
}

function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** An IPv4 address as a dual-stack socket reports it (`::ffff:10.0.0.2`) compares as itself. */
function plainAddress(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}

function mountSpa(server: Hono, root: string) {
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`No built SPA in ${root}: run npm run build`);
  const indexHtml = readFileSync(indexFile, 'utf8');
  // Hashed file names never change content: browsers may keep them for a year. An unknown one
  // (an old tab asking for a chunk of a previous build) is a plain 404, never the SPA's page.
  server.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  server.use('/assets/*', serveStatic({ root }));
  server.all('/assets/*', (c) => c.text('Not found', 404));
  // The build's manifest (for bench/route-bundles.ts) names source files: nothing for browsers.
  server.all('/.vite/*', (c) => c.text('Not found', 404));
  server.use('*', serveStatic({ root }));
  // Client-side routes: every other GET is the SPA, which shows its own 404 for unknown paths.
  server.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
}
