import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app/create-app';
import { JSON_BODY_LIMIT_BYTES } from '../../server/app/security/body-limit';
import { SessionRateLimiter } from '../../server/app/security/rate-limit';
import { securityPolicy } from '../../server/db/schema';
import { sampleNow } from '../support/sample-clock';
import { createTestUser, type TestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { sqlRows, useTestApi } from './support/api';
import { fingerprintQuery, loadSampleIds } from './support/writes';

/** A JSON body of exactly `bytes` bytes: a firm's fields with a long note. */
function bodyOfSize(bytes: number): string {
  const frame = JSON.stringify({ name: '', version: 1 });
  return JSON.stringify({ name: 'x'.repeat(bytes - frame.length), version: 1 });
}

/** The body sent in pieces with no Content-Length, as `Transfer-Encoding: chunked` does. */
function streamed(text: string, pieceBytes = 64 * 1024): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + pieceBytes));
      at += pieceBytes;
    },
  });
}

describe.each(engines)('request body limit on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let admin: TestUser;
  let firmPath: string;

  beforeAll(async () => {
    admin = await createTestUser(api.db, { role: 'admin' });
    firmPath = `/api/firms/${(await loadSampleIds(api.db)).firmOfA}`;
  });

  const fingerprint = async () => (await sqlRows(api, fingerprintQuery))[0];

  const put = (body: BodyInit, headers: Record<string, string> = {}) =>
    api.app.request(firmPath, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: admin.cookie, ...headers },
      body,
      // A stream body needs it (fetch's rule); a string ignores it.
      duplex: 'half',
    } as RequestInit);

  it('refuses a JSON body one byte over 1 MB with 413 payload_too_large, and writes nothing', async () => {
    const before = await fingerprint();
    const body = bodyOfSize(JSON_BODY_LIMIT_BYTES + 1);
    const response = await put(body, { 'content-length': String(body.length) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await fingerprint()).toEqual(before);
  });

  it('lets a body of exactly 1 MB through to the route, which judges its content', async () => {
    const body = bodyOfSize(JSON_BODY_LIMIT_BYTES);
    const response = await put(body, { 'content-length': String(body.length) });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('refuses a body sent in pieces without Content-Length once it passes 1 MB', async () => {
    const before = await fingerprint();
    const response = await put(streamed(bodyOfSize(JSON_BODY_LIMIT_BYTES + 1)));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    expect(await fingerprint()).toEqual(before);
    // …and one just under the limit in pieces reaches the route.
    const under = await put(streamed(bodyOfSize(JSON_BODY_LIMIT_BYTES - 1)));
    expect(under.status).toBe(400);
  });

  it('leaves spreadsheet uploads their own 10 MB limit: 2 MB reaches the importer', async () => {
    const upload = (bytes: number) =>
      api.app.request('/api/imports/firms/preview', {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', cookie: admin.cookie },
        body: new Uint8Array(bytes).fill(0x41),
      });
    const large = await upload(2 * 1024 * 1024);
    // Not a spreadsheet: the importer's own verdict, not the JSON limit's.
    expect(large.status).toBe(400);
    expect(await large.json()).toMatchObject({ error: { code: 'invalid_file' } });
    const tooLarge = await upload(10 * 1024 * 1024 + 1);
    expect(await tooLarge.json()).toMatchObject({
      error: { code: 'invalid_file', fields: { file: 'too_large' } },
    });
  });
});

describe.each(engines)('requests per session per minute on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  /** The limiter's clock, moved by hand: no test waits for time to pass. */
  let clock = 0;
  const limiter = () => new SessionRateLimiter({ now: () => clock });
  const PER_MINUTE = 60;

  beforeAll(async () => {
    await api.db
      .update(securityPolicy)
      .set({ requestsPerMinute: PER_MINUTE })
      .where(eq(securityPolicy.id, 1));
  });

  const get = (app: ReturnType<typeof createApp>, path: string, cookie?: string) =>
    app.request(path, { headers: cookie ? { cookie } : {} });

  it('allows the policy’s requests a minute, then 429 rate_limited with Retry-After; refilled as time passes', async () => {
    const app = createApp({ db: api.db, now: sampleNow, rateLimiter: limiter() });
    const viewer = await createTestUser(api.db, { role: 'viewer' });
    for (let n = 1; n <= PER_MINUTE; n += 1) {
      const response = await get(app, '/api/auth/session', viewer.cookie);
      expect(response.status, `request ${n}`).toBe(200);
    }
    const refused = await get(app, '/api/auth/session', viewer.cookie);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited' } });

    // Another session has its own allowance.
    const other = await createTestUser(api.db, { role: 'viewer' });
    expect((await get(app, '/api/auth/session', other.cookie)).status).toBe(200);

    // One request a second comes back: a second later, one more goes through, then not.
    clock += 1000;
    expect((await get(app, '/api/auth/session', viewer.cookie)).status).toBe(200);
    expect((await get(app, '/api/auth/session', viewer.cookie)).status).toBe(429);
    clock += 60_000;
    expect((await get(app, '/api/auth/session', viewer.cookie)).status).toBe(200);
  });

  it('does not count the health check, even with a session’s cookie', async () => {
    const app = createApp({ db: api.db, now: sampleNow, rateLimiter: limiter() });
    const viewer = await createTestUser(api.db, { role: 'viewer' });
    for (let n = 0; n < PER_MINUTE + 5; n += 1) {
      expect((await get(app, '/api/health', viewer.cookie)).status).toBe(200);
    }
    for (let n = 0; n < PER_MINUTE - 1; n += 1) {
      expect((await get(app, '/api/auth/session', viewer.cookie)).status).toBe(200);
    }
    // The session's last request of the minute.
    expect((await get(app, '/api/auth/session', viewer.cookie)).status).toBe(200);
  });

  it('follows the policy: a higher rate set by the security administrator applies at once', async () => {
    const app = createApp({ db: api.db, now: sampleNow, rateLimiter: limiter() });
    const viewer = await createTestUser(api.db, { role: 'viewer' });
    for (let n = 0; n < PER_MINUTE; n += 1) await get(app, '/api/auth/session', viewer.cookie);
    expect((await get(app, '/api/auth/session', viewer.cookie)).status).toBe(429);
    await api.db
      .update(securityPolicy)
      .set({ requestsPerMinute: 600 })
      .where(eq(securityPolicy.id, 1));
    try {
      // Ten a second now: a tenth of a second later there is room for one.
      clock += 100;
      expect((await get(app, '/api/auth/session', viewer.cookie)).status).toBe(200);
    } finally {
      await api.db
        .update(securityPolicy)
        .set({ requestsPerMinute: PER_MINUTE })
        .where(eq(securityPolicy.id, 1));
    }
  });
});

describe('the rate limiter’s memory', () => {
  it('forgets sessions idle for a minute, and the least recently seen past its bound', () => {
    let clock = 0;
    const limiter = new SessionRateLimiter({ now: () => clock, maxSessions: 3 });
    for (const key of ['a', 'b', 'c', 'd', 'e']) expect(limiter.take(key, 60)).toBe(0);
    expect(limiter.size).toBe(3);
    clock += 60_000;
    limiter.take('f', 60);
    expect(limiter.size).toBe(1);
  });

  it('past its bound forgets the least recently seen session, so a busy one keeps its count', () => {
    const limiter = new SessionRateLimiter({ now: () => 0, maxSessions: 2 });
    for (let n = 0; n < 60; n += 1) limiter.take('busy', 60);
    limiter.take('quiet', 60);
    expect(limiter.take('busy', 60)).toBeGreaterThan(0);
    limiter.take('new', 60);
    expect(limiter.size).toBe(2);
    expect(limiter.take('busy', 60)).toBeGreaterThan(0);
  });
});
