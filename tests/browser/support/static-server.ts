import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { freePort } from './app-process';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built folder as any static web server would, with the SPA fallback every client-side
 * route needs: a path that is no file gets index.html. No API behind it.
 */
export async function serveFolder(root: string): Promise<StaticServer> {
  const indexHtml = readFileSync(join(root, 'index.html'), 'utf8');
  const app = new Hono();
  app.use('*', serveStatic({ root }));
  app.get('*', (c) => c.html(indexHtml));
  const port = await freePort();
  const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
