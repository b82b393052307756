import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { userListSchema, userSchema } from '../../server/contract/users';
import { auditEvents, users } from '../../server/db/schema';
import { createTestUser, type TestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { useTestApi } from './support/api';
import { sendWrite, type WriteRequest } from './support/writes';

let counter = 0;
const freshName = () => `mail-${Date.now().toString(36)}-${(counter += 1)}`;

/** The address the daily digest goes to: kept and audited with the user, seen by administrators. */
describe.each(engines)('a user’s e-mail address on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let admin: TestUser;
  let security: TestUser;

  beforeAll(async () => {
    admin = await createTestUser(api.db, { role: 'admin' });
    security = await createTestUser(api.db, { role: 'security_admin' });
  });

  const asAdmin = (request: WriteRequest) => sendWrite(api.app, request, { cookie: admin.cookie });
  const newUser = (email: unknown) => ({
    username: freshName(),
    displayName: '邮件用户',
    role: 'viewer',
    chainIds: [],
    password: 'long-password-1',
    email,
  });
  const storedEmail = async (id: number) =>
    (await api.db.select({ email: users.email }).from(users).where(eq(users.id, id)))[0]?.email;

  it('is kept without the spaces around it, answered to administrators, and empty means none', async () => {
    const created = await asAdmin({
      method: 'POST',
      path: '/api/users',
      body: newUser('  zhang.san@example.com '),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const user = userSchema.parse(created.body);
    expect(user.email).toBe('zhang.san@example.com');
    expect(await storedEmail(user.id)).toBe('zhang.san@example.com');

    for (const cookie of [admin.cookie, security.cookie]) {
      const list = userListSchema.parse(
        await (await api.app.request('/api/users', { headers: { cookie } })).json(),
      );
      expect(list.items.find((item) => item.id === user.id)?.email).toBe('zhang.san@example.com');
    }

    const none = await asAdmin({ method: 'POST', path: '/api/users', body: newUser('') });
    expect(userSchema.parse(none.body).email).toBeNull();
    const absent = await asAdmin({ method: 'POST', path: '/api/users', body: newUser(undefined) });
    expect(userSchema.parse(absent.body).email).toBeNull();
  });

  it('is not shown to readers who do not keep users: not in the session, and the list is refused', async () => {
    const viewer = await createTestUser(api.db, { role: 'viewer' });
    await api.db
      .update(users)
      .set({ email: 'viewer-self@example.com' })
      .where(eq(users.id, viewer.id));
    const session = await api.app.request('/api/auth/session', {
      headers: { cookie: viewer.cookie },
    });
    expect(session.status).toBe(200);
    expect(await session.text()).not.toContain('viewer-self@example.com');
    const list = await api.app.request('/api/users', { headers: { cookie: viewer.cookie } });
    expect(list.status).toBe(403);
    expect(await list.text()).not.toContain('@example.com');
  });

  it('answers 400 naming the field for what is not an address', async () => {
    const bad: unknown[] = [
      'zhang.san',
      'zhang@',
      '@example.com',
      'zhang san@example.com',
      `${'a'.repeat(250)}@example.com`,
      'zhang\u0000@example.com',
      42,
      ['a@example.com'],
    ];
    for (const email of bad) {
      const answer = await asAdmin({ method: 'POST', path: '/api/users', body: newUser(email) });
      expect(answer.status, JSON.stringify(email)).toBe(400);
      expect(answer.body, JSON.stringify(email)).toMatchObject({
        error: { code: 'invalid_request', fields: { email: expect.any(String) } },
      });
    }
  });

  it('is changed on the user’s version, audited before → after, and a stale form gets 409 with it', async () => {
    const created = userSchema.parse(
      (await asAdmin({ method: 'POST', path: '/api/users', body: newUser('old@example.com') }))
        .body,
    );
    const body = { displayName: '邮件用户', role: 'viewer', chainIds: [], disabled: false };
    const changed = await asAdmin({
      method: 'PUT',
      path: `/api/users/${created.id}`,
      body: { ...body, email: 'new@example.com', version: created.version },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({ email: 'new@example.com', version: created.version + 1 });

    const [event] = await api.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityType, 'user'),
          eq(auditEvents.entityId, String(created.id)),
          eq(auditEvents.action, 'update'),
        ),
      );
    expect(event).toMatchObject({
      actor: admin.username,
      before: { email: 'old@example.com' },
      after: { email: 'new@example.com' },
    });

    const stale = await asAdmin({
      method: 'PUT',
      path: `/api/users/${created.id}`,
      body: { ...body, email: 'stale@example.com', version: created.version },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ current: { email: 'new@example.com' } });

    // A form from before addresses existed sends none: the address stays.
    const renamed = await asAdmin({
      method: 'PUT',
      path: `/api/users/${created.id}`,
      body: { ...body, displayName: '改名用户', version: created.version + 1 },
    });
    expect(renamed.body).toMatchObject({ displayName: '改名用户', email: 'new@example.com' });
    expect(await storedEmail(created.id)).toBe('new@example.com');

    const cleared = await asAdmin({
      method: 'PUT',
      path: `/api/users/${created.id}`,
      body: { ...body, email: '', version: created.version + 2 },
    });
    expect(cleared.body).toMatchObject({ email: null });
    expect(await storedEmail(created.id)).toBeNull();

    const invalid = await asAdmin({
      method: 'PUT',
      path: `/api/users/${created.id}`,
      body: { ...body, email: 'not-an-address', version: created.version + 3 },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ error: { fields: { email: expect.any(String) } } });
  });
});
