import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { secureHeaders } from 'hono/secure-headers';
import { createApp } from '../app/create-app';
import { cityDay } from '../contract/city-time';
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
    adminPassword: env.ADMIN_PASSWORD,
    log,
  });
  const where =
    target.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${env.DATA_DIR}`;
  log(`Database: ${where}${sampleLoaded ? ', sample city loaded' : ''}`);

  const api = createApp({
    db: opened.db,
    clientAddress: (c) => clientAddress(c, env.TRUST_PROXY),
    allowedOrigins: env.ALLOWED_ORIGINS,
  });
  const server = new Hono();
  server.use('*', secureHeaders(securityHeaders));
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

  return {
    url,
    async close() {
      await new Promise<void>((done) => httpServer.close(() => done()));
      await opened.close();
    },
  };
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
};

/**
 * The socket's address, or behind a trusted proxy (TRUST_PROXY) the first address of
 * X-Forwarded-For. Without a trusted proxy the header is ignored: anyone can send it, and
 * believing it would let a guesser pick a fresh address for every attempt.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
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
