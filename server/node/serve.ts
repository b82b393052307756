import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
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
  });
  const where =
    target.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${env.DATA_DIR}`;
  log(`Database: ${where}${sampleLoaded ? ', sample city loaded' : ''}`);

  const api = createApp({ db: opened.db });
  const server = new Hono();
  server.all('/api/*', (c) => api.fetch(c.req.raw));
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
  server.use('*', serveStatic({ root }));
  // Client-side routes: every other GET is the SPA, which shows its own 404 for unknown paths.
  server.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
}
