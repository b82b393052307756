import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../server/app/context';
import { createApp } from '../../server/app/create-app';
import { SAMPLE_PASSWORD, SAMPLE_VIEWER } from '../../server/db/sample';
import { loginAttempts, sessions, users } from '../../server/db/schema';
import { readEnv } from '../../server/env';
import { sampleNow } from '../support/sample-clock';
import { engines } from '../support/test-database';
import { useTestApi } from './support/api';

const signIn = (url: string, headers: Record<string, string> = {}) =>
  new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username: SAMPLE_VIEWER, password: SAMPLE_PASSWORD }),
  });

describe('SECURE_COOKIES in the environment', () => {
  it('is always in production, auto otherwise, and what it is set to when set', () => {
    expect(readEnv({}).SECURE_COOKIES).toBe('auto');
    expect(readEnv({ NODE_ENV: 'production' }).SECURE_COOKIES).toBe('always');
    expect(readEnv({ NODE_ENV: 'production', SECURE_COOKIES: 'auto' }).SECURE_COOKIES).toBe('auto');
    expect(readEnv({ SECURE_COOKIES: 'always' }).SECURE_COOKIES).toBe('always');
    expect(() => readEnv({ SECURE_COOKIES: 'yes' })).toThrow(
      /SECURE_COOKIES: must be always or auto/,
    );
  });
});

describe.each(engines)('sign-in and the session cookie over HTTP and HTTPS on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let viewerId: number;
  const app = (deps: Partial<AppDeps>) => createApp({ db: api.db, now: sampleNow, ...deps });

  beforeAll(async () => {
    const [viewer] = await api.db.select().from(users).where(eq(users.username, SAMPLE_VIEWER));
    viewerId = viewer?.id ?? -1;
  });

  const sessionsOfViewer = async () =>
    (await api.db.select({ n: count() }).from(sessions).where(eq(sessions.userId, viewerId)))[0]?.n;
  const attempts = async () => (await api.db.select({ n: count() }).from(loginAttempts))[0]?.n;

  it('with SECURE_COOKIES=always refuses a sign-in over plain HTTP with 403 https_required, before the password is checked', async () => {
    const [sessionsBefore, attemptsBefore] = [await sessionsOfViewer(), await attempts()];
    const response = await app({ secureCookies: 'always' }).request(
      signIn('http://chainboard.example/api/auth/login'),
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'https_required' } });
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await sessionsOfViewer()).toBe(sessionsBefore);
    expect(await attempts()).toBe(attemptsBefore);
  });

  it('with SECURE_COOKIES=always signs in over HTTPS, directly or as the proxy says, with a Secure cookie', async () => {
    const always = app({ secureCookies: 'always' });
    const direct = await always.request(signIn('https://chainboard.example/api/auth/login'));
    expect(direct.status).toBe(200);
    expect(direct.headers.get('set-cookie')).toMatch(/; Secure/);
    const proxied = await always.request(
      signIn('http://chainboard.example/api/auth/login', { 'x-forwarded-proto': 'https' }),
    );
    expect(proxied.status).toBe(200);
    expect(proxied.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('believes X-Forwarded-Proto only as far as the server’s isHttps does (a proxy it trusts)', async () => {
    const untrusted = app({ secureCookies: 'always', isHttps: () => false });
    const response = await untrusted.request(
      signIn('http://chainboard.example/api/auth/login', { 'x-forwarded-proto': 'https' }),
    );
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('marks the sign-out’s expired cookie Secure too', async () => {
    const always = app({ secureCookies: 'always' });
    const signedIn = await always.request(signIn('https://chainboard.example/api/auth/login'));
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    // Over plain HTTP (a misrouted request): still Secure, as the cookie it replaces was.
    const signedOut = await always.request('http://chainboard.example/api/auth/logout', {
      method: 'POST',
      headers: { cookie },
    });
    expect(signedOut.status).toBe(204);
    expect(signedOut.headers.get('set-cookie')).toMatch(/Max-Age=0.*; Secure|; Secure.*Max-Age=0/);
  });

  it('behind a TLS proxy takes writes from the page’s https:// origin, which the server sees as http://', async () => {
    const proxied = app({ secureCookies: 'always', isHttps: () => true });
    const signedIn = await proxied.request(signIn('http://chainboard.example/api/auth/login'));
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const fromAnotherSite = await proxied.request('http://chainboard.example/api/auth/logout', {
      method: 'POST',
      headers: { cookie, origin: 'http://chainboard.example' },
    });
    expect(fromAnotherSite.status).toBe(403);
    const fromItsPage = await proxied.request('http://chainboard.example/api/auth/logout', {
      method: 'POST',
      headers: { cookie, origin: 'https://chainboard.example' },
    });
    expect(fromItsPage.status).toBe(204);
  });

  it('with SECURE_COOKIES=auto signs in over plain HTTP with a cookie that is not Secure', async () => {
    const response = await app({ secureCookies: 'auto' }).request(
      signIn('http://localhost/api/auth/login'),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).not.toMatch(/Secure/);
  });
});
