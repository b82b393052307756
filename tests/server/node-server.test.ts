import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../server/env';
import { strictTransportSecurity } from '../../server/app/security/transport';
import {
  clientAddress,
  reachedOverHttps,
  startServer,
  transportAdvice,
  type RunningServer,
} from '../../server/node/serve';
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

  it('says at start-up where it is reached, and how to serve it over HTTPS', () => {
    expect(lines).toContain(
      'Serving plain HTTP. For HTTPS, put a TLS reverse proxy (nginx, Caddy) in front and set TRUST_PROXY and SECURE_COOKIES=always: README, "Serving over HTTPS"',
    );
    expect(lines.some((line) => line.startsWith(`Chainboard is ready at ${server.url} `))).toBe(
      true,
    );
  });

  it('sends no Strict-Transport-Security over plain HTTP, whatever a client claims', async () => {
    const claims: Record<string, string>[] = [{}, { 'x-forwarded-proto': 'https' }];
    for (const headers of claims) {
      for (const path of ['/', '/api/health']) {
        const response = await fetch(`${server.url}${path}`, { headers });
        expect(response.headers.get('strict-transport-security'), path).toBeNull();
      }
    }
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

/** NODE_ENV=production behind one trusted TLS proxy: the session cookie travels only over HTTPS. */
describe('the Node server in production behind a TLS proxy', () => {
  let server: RunningServer;
  let folder: string;
  const lines: string[] = [];
  const password = 'the-chosen-secret-1';

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'chainboard-serve-'));
    const env = readEnv({
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      DATA_DIR: join(folder, 'data'),
      SAMPLE_DATA: 'false',
      ADMIN_PASSWORD: password,
      NODE_ENV: 'production',
      TRUST_PROXY: 'true',
    });
    server = await startServer(env, { log: (line) => lines.push(line) });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const signIn = (headers: Record<string, string>) =>
    fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ username: 'admin', password }),
    });

  it('refuses a sign-in that reached the proxy over plain HTTP, and sets no cookie', async () => {
    const response = await signIn({ 'x-forwarded-proto': 'http' });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'https_required' } });
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('signs in over HTTPS with a Secure cookie, and tells the browser to keep to HTTPS', async () => {
    const response = await signIn({ 'x-forwarded-proto': 'https' });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/; Secure/);
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
  });

  it('says so at start-up', () => {
    expect(lines.some((line) => line.startsWith('Behind a reverse proxy (TRUST_PROXY)'))).toBe(
      true,
    );
  });
});

/** HTTPS is only what a trusted TLS proxy says it was: the server itself speaks plain HTTP. */
describe('whether a request came over HTTPS', () => {
  const servers: ServerType[] = [];

  async function serveHttps(trustProxy: boolean | string[]): Promise<string> {
    const app = new Hono();
    const isHttps = (c: Context) => reachedOverHttps(c, trustProxy);
    app.use('*', strictTransportSecurity(isHttps));
    app.get('/', (c) => c.text(String(isHttps(c))));
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

  const ask = async (url: string, proto?: string) => {
    const response = await fetch(url, {
      headers: proto === undefined ? {} : { 'x-forwarded-proto': proto },
    });
    return {
      https: await response.text(),
      hsts: response.headers.get('strict-transport-security'),
    };
  };

  it('ignores X-Forwarded-Proto without a trusted proxy', async () => {
    expect(await ask(await serveHttps(false), 'https')).toEqual({ https: 'false', hsts: null });
  });

  it('believes the trusted proxy’s X-Forwarded-Proto, and then sends Strict-Transport-Security', async () => {
    const url = await serveHttps(true);
    expect(await ask(url, 'https')).toEqual({ https: 'true', hsts: 'max-age=31536000' });
    expect(await ask(url, 'http')).toEqual({ https: 'false', hsts: null });
    expect(await ask(url)).toEqual({ https: 'false', hsts: null });
    // The nearest proxy's word is the last entry; what lies left of it a client may have sent.
    expect((await ask(url, 'https, http')).https).toBe('false');
  });

  it('with listed proxies, believes it only from one of them', async () => {
    expect((await ask(await serveHttps(['127.0.0.1']), 'https')).https).toBe('true');
    expect((await ask(await serveHttps(['10.0.0.9']), 'https')).https).toBe('false');
  });
});

describe('the start-up advice on HTTPS', () => {
  it('tells a plain-HTTP server how to get HTTPS, and warns when no sign-in could succeed', () => {
    expect(transportAdvice(readEnv({}))).toEqual([
      expect.stringMatching(/^Serving plain HTTP\. For HTTPS, put a TLS reverse proxy/),
    ]);
    expect(transportAdvice(readEnv({ NODE_ENV: 'production' }))).toEqual([
      expect.stringMatching(/^Serving plain HTTP/),
      expect.stringMatching(
        /^SECURE_COOKIES=always without TRUST_PROXY: .* every sign-in is refused/,
      ),
    ]);
  });

  it('behind a proxy says users reach it at the proxy’s https address', () => {
    expect(transportAdvice(readEnv({ TRUST_PROXY: 'true', NODE_ENV: 'production' }))).toEqual([
      expect.stringMatching(
        /^Behind a reverse proxy .*https:\/\/.*Secure always, and sign-in needs HTTPS$/,
      ),
    ]);
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
