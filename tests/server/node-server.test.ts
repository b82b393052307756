import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../server/env';
import { clientAddress, startServer, type RunningServer } from '../../server/node/serve';
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
    mkdirSync(join(spa, '.vite'));
    writeFileSync(join(spa, '.vite', 'manifest.json'), '{"src/main.tsx":{}}');
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
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      for (const directive of [
        "default-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ]) {
        expect(csp, path).toContain(directive);
      }
    }
    // The SPA's page is HTML the browser applies the CSP to; the API's answers are never cached.
    const page = await fetch(`${server.url}/chains/1`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const api = await fetch(`${server.url}/api/overview`);
    expect(api.status).toBe(401);
    expect(api.headers.get('cache-control')).toBe('no-store');
    expect(api.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it("keeps the build's manifest, which names source files, from browsers", async () => {
    const response = await fetch(`${server.url}/.vite/manifest.json`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('src/main.tsx');
  });

  it('creates the first administrator with a generated password printed once, which signs in', async () => {
    const line = lines.find((text) => text.startsWith('Created user admin (admin) with password '));
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
    // A real deployment's administrator chooses a password of their own first.
    expect(await session.json()).toMatchObject({ stage: 'change_password' });
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

/** The address sign-in throttles count by: the socket's, or what trusted proxies forwarded. */
describe('the client address', () => {
  const servers: ServerType[] = [];

  async function serveAddress(trustProxy: boolean | string[]): Promise<string> {
    const app = new Hono();
    app.get('/', (c) => c.text(clientAddress(c, trustProxy)));
    const port = await freePort();
    await new Promise<void>((ready) => {
      servers.push(serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => ready()));
    });
    return `http://127.0.0.1:${port}/`;
  }

  afterAll(async () => {
    await Promise.all(
      servers.map((server) => new Promise<void>((done) => server.close(() => done()))),
    );
  });

  it('is the socket’s, whatever X-Forwarded-For claims, unless the proxy is trusted', async () => {
    const url = await serveAddress(false);
    const forged = await fetch(url, { headers: { 'x-forwarded-for': '203.0.113.5' } });
    expect(await forged.text()).toBe('127.0.0.1');
  });

  it('behind one trusted proxy is the address that proxy appended, not what the client wrote', async () => {
    const url = await serveAddress(true);
    const proxied = await fetch(url, {
      headers: { 'x-forwarded-for': '203.0.113.5, 10.0.0.2' },
    });
    expect(await proxied.text()).toBe('10.0.0.2');
    expect(await (await fetch(url)).text()).toBe('127.0.0.1');
    // Only an address is believed: a port or a name could be new for every attempt.
    for (const odd of ['10.0.0.2:51234', 'attacker-picked-name', '']) {
      const answer = await fetch(url, { headers: { 'x-forwarded-for': `203.0.113.5, ${odd}` } });
      expect(await answer.text()).toBe('127.0.0.1');
    }
  });

  it('behind listed proxies is the rightmost address that is not one of them', async () => {
    const url = await serveAddress(['127.0.0.1', '10.0.0.9']);
    const proxied = await fetch(url, {
      headers: { 'x-forwarded-for': '192.0.2.66, 203.0.113.5, 10.0.0.9' },
    });
    expect(await proxied.text()).toBe('203.0.113.5');
    // A peer that is not a listed proxy is the client itself, whatever it claims.
    const direct = await serveAddress(['10.0.0.9']);
    const forged = await fetch(direct, { headers: { 'x-forwarded-for': '203.0.113.5' } });
    expect(await forged.text()).toBe('127.0.0.1');
  });
});

describe('the sign-in settings of the environment', () => {
  it('reads TRUST_PROXY as a flag or a list of proxy addresses, and refuses anything else', () => {
    expect(readEnv({}).TRUST_PROXY).toBe(false);
    expect(readEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(readEnv({ TRUST_PROXY: '10.0.0.9, ::1' }).TRUST_PROXY).toEqual(['10.0.0.9', '::1']);
    expect(() => readEnv({ TRUST_PROXY: 'proxy.local' })).toThrow(/TRUST_PROXY/);
  });

  it('reads the throttle limits, with defaults that suit an office behind one address', () => {
    expect(readEnv({})).toMatchObject({
      LOGIN_FREE_FAILURES: 5,
      LOGIN_MAX_FAILURES_PER_ADDRESS: 100,
    });
    expect(
      readEnv({ LOGIN_FREE_FAILURES: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '500' }),
    ).toMatchObject({ LOGIN_FREE_FAILURES: 3, LOGIN_MAX_FAILURES_PER_ADDRESS: 500 });
    expect(() => readEnv({ LOGIN_MAX_FAILURES_PER_ADDRESS: '0' })).toThrow(
      /LOGIN_MAX_FAILURES_PER_ADDRESS/,
    );
  });
});
