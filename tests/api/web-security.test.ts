import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app/create-app';
import { SAMPLE_PASSWORD, SAMPLE_VIEWER } from '../../server/db/sample';
import { auditEvents, chains, loginAttempts, sessions, users } from '../../server/db/schema';
import { createTestUser, type TestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { useTestApi } from './support/api';
import { sendWrite, type WriteRequest } from './support/writes';

describe.each(engines)('web security on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let admin: TestUser;
  let statusChange: () => Promise<WriteRequest>;

  beforeAll(async () => {
    admin = await createTestUser(api.db, { role: 'admin' });
    statusChange = async () => {
      const [chain] = await api.db.select().from(chains).orderBy(chains.id).limit(1);
      return {
        method: 'PUT',
        path: `/api/chains/${chain?.id}/status`,
        body: { status: 'red', statusNote: 'from a page', version: chain?.version },
      };
    };
  });

  const auditLength = async () => (await api.db.select({ n: count() }).from(auditEvents))[0]?.n;

  it('refuses a write whose Origin is another site, or that the browser calls cross-site, and writes nothing', async () => {
    const before = await auditLength();
    const foreign: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      // Same host, other scheme or port: another origin all the same.
      { origin: 'https://localhost' },
      { origin: 'http://localhost:8081' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of foreign) {
      const response = await sendWrite(api.app, await statusChange(), {
        cookie: admin.cookie,
        headers,
      });
      expect(response, JSON.stringify(headers)).toMatchObject({
        status: 403,
        body: { error: { code: 'forbidden' } },
      });
    }
    const userRequest: WriteRequest = {
      method: 'POST',
      path: '/api/users',
      body: {
        username: 'planted-admin',
        displayName: 'x',
        role: 'admin',
        chainIds: [],
        password: 'long-password-1',
      },
    };
    const planted = await sendWrite(api.app, userRequest, {
      cookie: admin.cookie,
      headers: { origin: 'https://evil.example' },
    });
    expect(planted.status).toBe(403);
    expect(await api.db.select().from(users).where(eq(users.username, 'planted-admin'))).toEqual(
      [],
    );
    expect(await auditLength()).toBe(before);
  });

  it('refuses a cross-site sign-in and sign-out before they touch anything', async () => {
    const attemptsBefore = (await api.db.select({ n: count() }).from(loginAttempts))[0]?.n;
    const signIn = await api.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ username: SAMPLE_VIEWER, password: SAMPLE_PASSWORD }),
    });
    expect(signIn.status).toBe(403);
    expect(signIn.headers.get('set-cookie')).toBeNull();
    expect((await api.db.select({ n: count() }).from(loginAttempts))[0]?.n).toBe(attemptsBefore);

    const user = await createTestUser(api.db, { role: 'viewer' });
    const signOut = await api.app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: user.cookie, 'sec-fetch-site': 'cross-site' },
    });
    expect(signOut.status).toBe(403);
    expect(await api.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(
      1,
    );
  });

  it('accepts writes from the app’s own pages and from clients that send no Origin', async () => {
    const own = await sendWrite(api.app, await statusChange(), {
      cookie: admin.cookie,
      headers: { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' },
    });
    expect(own.status).toBe(200);
    // curl and scripts send neither header; they still need a session.
    const scripted = await sendWrite(api.app, await statusChange(), { cookie: admin.cookie });
    expect(scripted.status).toBe(200);
    // A link followed from another site reads, it does not write: reads are not checked.
    const read = await api.app.request('/api/overview', {
      headers: {
        cookie: admin.cookie,
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      },
    });
    expect(read.status).toBe(200);
  });

  it('accepts writes from the origins ALLOWED_ORIGINS lists, and only those', async () => {
    const app = createApp({ db: api.db, allowedOrigins: ['https://ui.example.gov.cn'] });
    const allowed = await sendWrite(app, await statusChange(), {
      cookie: admin.cookie,
      headers: { origin: 'https://ui.example.gov.cn', 'sec-fetch-site': 'same-site' },
    });
    expect(allowed.status).toBe(200);
    const other = await sendWrite(app, await statusChange(), {
      cookie: admin.cookie,
      headers: { origin: 'https://other.example.gov.cn' },
    });
    expect(other.status).toBe(403);
  });

  it('lets no cache keep an API answer: signed-in reads, errors and the sign-in itself', async () => {
    const answers = [
      await api.app.request('/api/overview', { headers: { cookie: api.cookie } }),
      await api.app.request('/api/auth/session', { headers: { cookie: api.cookie } }),
      await api.app.request('/api/chains/2000000000', { headers: { cookie: api.cookie } }),
      await api.app.request('/api/no-such-route', { headers: { cookie: api.cookie } }),
      await api.app.request('/api/overview'),
      await api.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: SAMPLE_VIEWER, password: SAMPLE_PASSWORD }),
      }),
      await api.app.request('/api/chains/1/status', {
        method: 'PUT',
        headers: { cookie: admin.cookie, origin: 'https://evil.example' },
      }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 404, 404, 401, 200, 403]);
    for (const answer of answers) {
      expect(answer.headers.get('cache-control'), answer.url).toBe('no-store');
    }
  });
});
