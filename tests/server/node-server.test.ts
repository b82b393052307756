import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../server/env';
import { startServer, type RunningServer } from '../../server/node/serve';
import { freePort } from '../browser/support/app-process';

/** The Node server around the API: the headers every response carries, and sign-in over HTTP. */
describe('the Node server', () => {
  let server: RunningServer;
  let folder: string;
  const lines: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'chainboard-serve-'));
    const spa = join(folder, 'spa');
    mkdirSync(spa, { recursive: true });
    writeFileSync(join(spa, 'index.html'), '<!doctype html><title>Chainboard</title>');
    const env = readEnv({
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      DATA_DIR: join(folder, 'data'),
      SAMPLE_DATA: 'false',
    });
    server = await startServer(env, { staticRoot: spa, log: (line) => lines.push(line) });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('sends a CSP without inline scripts and the other security headers, on the app and the API', async () => {
    for (const path of ['/', '/chains/1', '/api/health']) {
      const response = await fetch(`${server.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    }
  });

  it('creates the first administrator with a generated password printed once, which signs in', async () => {
    const line = lines.find((text) => text.startsWith('Created user admin with password '));
    const password = /password (\S+)/.exec(line ?? '')?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(16);
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ username: 'admin', password }),
    });
    expect(response.status).toBe(200);
    const session = await fetch(`${server.url}/api/auth/session`, {
      headers: { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '' },
    });
    expect(session.status).toBe(200);
    expect(session.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a sign-in posted from another site', async () => {
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ username: 'admin', password: 'whatever-it-is' }),
    });
    expect(response.status).toBe(403);
  });
});
