import { and, eq, gt, lt, ne, or } from 'drizzle-orm';
import type { SessionUser } from '../../contract/auth';
import type { Database } from '../../db/database';
import { sessions, userChainScopes, users } from '../../db/schema';

export const SESSION_COOKIE = 'chainboard_session';
/** Signed out after this long without a request… */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** …and after this long in any case. */
export const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** `last_seen_at` is written at most this often, not on every request. */
const LAST_SEEN_RESOLUTION_MS = 60 * 1000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The database keeps only this digest of the cookie's token: a leaked table opens no session. */
export async function tokenDigest(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return toBase64Url(new Uint8Array(digest));
}

export interface NewSession {
  token: string;
  expiresAt: Date;
}

export async function createSession(
  db: Database,
  userId: number,
  now: Date,
  client: { address: string; userAgent?: string },
): Promise<NewSession> {
  const token = toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await db.insert(sessions).values({
    tokenHash: await tokenDigest(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    clientAddress: client.address,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

/**
 * The signed-in user of a cookie's token, with their chain scope, or undefined when the session
 * is unknown, expired, idle too long, or its user disabled. Expired sessions are removed.
 */
export async function loadSessionUser(
  db: Database,
  token: string,
  now: Date,
): Promise<SessionUser | undefined> {
  const tokenHash = await tokenDigest(token);
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      disabledAt: users.disabledAt,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      chainId: userChainScopes.chainId,
    })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .leftJoin(userChainScopes, eq(userChainScopes.userId, users.id))
    .where(eq(sessions.tokenHash, tokenHash));
  const [first] = rows;
  if (!first) return undefined;
  const idleSince = now.getTime() - first.lastSeenAt.getTime();
  if (first.disabledAt || first.expiresAt <= now || idleSince > SESSION_IDLE_MS) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return undefined;
  }
  if (idleSince > LAST_SEEN_RESOLUTION_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  return {
    id: first.id,
    username: first.username,
    displayName: first.displayName,
    role: first.role,
    chainIds:
      first.role === 'editor'
        ? rows.flatMap((row) => (row.chainId === null ? [] : [row.chainId])).sort((a, b) => a - b)
        : [],
  };
}

export async function endSession(db: Database, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, await tokenDigest(token)));
}

/**
 * Signs a user out everywhere: after a password reset, or when they are disabled; after they
 * change their own password, everywhere but the session they changed it in (`keepToken`).
 */
export async function endSessionsOf(
  db: Pick<Database, 'delete'>,
  userId: number,
  keepToken?: string,
): Promise<void> {
  const kept = keepToken ? ne(sessions.tokenHash, await tokenDigest(keepToken)) : undefined;
  await db.delete(sessions).where(and(eq(sessions.userId, userId), kept));
}

/** Removes sessions nobody can use any more (called now and then, at sign-in). */
export async function removeStaleSessions(db: Database, now: Date): Promise<void> {
  await db
    .delete(sessions)
    .where(
      or(
        lt(sessions.expiresAt, now),
        and(
          gt(sessions.expiresAt, now),
          lt(sessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS)),
        ),
      ),
    );
}
