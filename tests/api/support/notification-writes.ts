import { eq } from 'drizzle-orm';
import { tokenDigest } from '../../../server/app/auth/sessions';
import type { Database } from '../../../server/db/database';
import { notifications, sessions } from '../../../server/db/schema';
import type { WriteRouteSample } from './writes';

/** The user whose session `cookie` carries: a notification to mark must be the caller's own. */
async function userOf(db: Database, cookie: string): Promise<number> {
  const token = cookie.slice(cookie.indexOf('=') + 1);
  const [session] = await db
    .select({ userId: sessions.userId })
    .from(sessions)
    .where(eq(sessions.tokenHash, await tokenDigest(token)));
  if (!session) throw new Error('No session for this cookie');
  return session.userId;
}

let counter = 0;

/**
 * Marking notifications read: any reader of the data, each of their own (another user's is a
 * 404, tested in notifications.test.ts). Without a caller (no session), the notification is the
 * administrator's, and the answer is 401 all the same.
 */
export const notificationRouteSamples: Record<string, WriteRouteSample> = {
  'POST /api/notifications/{id}/read': {
    scope: 'reader',
    build: async ({ chainA }, db, _app, adminCookie, callerCookie) => {
      const [made] = await db
        .insert(notifications)
        .values({
          recipientId: await userOf(db, callerCookie ?? adminCookie),
          kind: 'chain_changed',
          subjectType: 'chain',
          subjectId: chainA,
          chainId: chainA,
          dedupeKey: `matrix-${(counter += 1)}`,
          params: { actor: '测试', count: 1 },
          createdAt: new Date(),
          updatedAt: new Date(),
        })
        .returning({ id: notifications.id });
      return { method: 'POST', path: `/api/notifications/${made?.id}/read` };
    },
  },
  'POST /api/notifications/read-all': {
    scope: 'reader',
    build: async () => ({ method: 'POST', path: '/api/notifications/read-all' }),
  },
};
