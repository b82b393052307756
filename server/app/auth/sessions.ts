import { and, eq, isNull, lt, ne } from 'drizzle-orm';
import type { SessionEndReason, SessionUser } from '../../contract/auth';
import type { SecurityPolicySettings } from '../../contract/security';
import type { Database } from '../../db/database';
import { sessions, userChainScopes, users } from '../../db/schema';

export const SESSION_COOKIE = 'chainboard_session';
/**
 * The longest a session may live under any policy (its lifetime is at most 7 days). The row is
 * kept until then, ended or not, so a request with an ended session is told why; then the
 * clean-up removes it. The policy's own idle and lifetime limits are checked on every request.
 */
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

/**
 * How the security audit and an enrolment token name a session: the start of its token's digest,
 * enough to tell sessions apart, of no use for opening one.
 */
export function sessionRef(tokenHash: string): string {
  return tokenHash.slice(0, 16);
}

export interface NewSession {
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

export async function createSession(
  db: Pick<Database, 'insert'>,
  userId: number,
  now: Date,
  client: { address: string; userAgent?: string },
): Promise<NewSession> {
  const token = toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
  const tokenHash = await tokenDigest(token);
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await db.insert(sessions).values({
    tokenHash,
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    clientAddress: client.address,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  return { token, tokenHash, expiresAt };
}

/** What the sign-in stage is derived from: the account's credentials as they are now. */
export interface AccountCredentials {
  hasSecondFactor: boolean;
  mustChangePassword: boolean;
  passwordChangedAt: Date;
}

/** A live session: whose, since when, and whether it gave the second factor. */
export interface LiveSession {
  tokenHash: string;
  /** See {@link sessionRef}. */
  ref: string;
  createdAt: Date;
  secondFactorAt: Date | null;
  user: SessionUser;
  account: AccountCredentials;
}

export type SessionLookup =
  | { status: 'live'; session: LiveSession }
  /**
   * Ended, now or before. `endedNow` when this request found it idle, expired or of a disabled
   * user (the caller records that); `user` for the record.
   */
  | {
      status: 'ended';
      reason: SessionEndReason;
      endedNow: boolean;
      user: Pick<SessionUser, 'username' | 'role'>;
    }
  | { status: 'unknown' };

/** Why a session the policy no longer allows ends: past its lifetime, or idle too long. */
function limitReached(
  row: { createdAt: Date; lastSeenAt: Date },
  policy: Pick<SecurityPolicySettings, 'sessionIdleMinutes' | 'sessionLifetimeHours'>,
  now: Date,
): SessionEndReason | null {
  // Counted from the session's start under the policy in force, so a shorter lifetime set by the
  // security administrator applies to sessions already open.
  if (now.getTime() - row.createdAt.getTime() >= policy.sessionLifetimeHours * 3_600_000) {
    return 'expired';
  }
  if (now.getTime() - row.lastSeenAt.getTime() > policy.sessionIdleMinutes * 60_000) return 'idle';
  return null;
}

/**
 * The session of a cookie's token under `policy`: live (with its user, chain scope and the
 * account's credentials), ended (and why), or unknown. A session found past the policy's limits
 * or of a disabled user is ended here, with its reason.
 */
export async function loadSession(
  db: Database,
  token: string,
  now: Date,
  policy: Pick<SecurityPolicySettings, 'sessionIdleMinutes' | 'sessionLifetimeHours'>,
): Promise<SessionLookup> {
  const tokenHash = await tokenDigest(token);
  const rows = await db
    .select({
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      secondFactorAt: sessions.secondFactorAt,
      endedAt: sessions.endedAt,
      endReason: sessions.endReason,
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      departmentId: users.departmentId,
      disabledAt: users.disabledAt,
      totpSecret: users.totpSecret,
      mustChangePassword: users.mustChangePassword,
      passwordChangedAt: users.passwordChangedAt,
      chainId: userChainScopes.chainId,
    })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .leftJoin(userChainScopes, eq(userChainScopes.userId, users.id))
    .where(eq(sessions.tokenHash, tokenHash));
  const [first] = rows;
  if (!first) return { status: 'unknown' };
  const who = { username: first.username, role: first.role };
  if (first.endedAt) {
    return { status: 'ended', reason: first.endReason ?? 'signed_out', endedNow: false, user: who };
  }
  const reason = first.disabledAt ? 'disabled' : limitReached(first, policy, now);
  if (reason) {
    // Only the request that ends it says so: a concurrent one finds it ended already.
    const ended = await db
      .update(sessions)
      .set({ endedAt: now, endReason: reason })
      .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.endedAt)))
      .returning({ tokenHash: sessions.tokenHash });
    return { status: 'ended', reason, endedNow: ended.length > 0, user: who };
  }
  if (now.getTime() - first.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  return {
    status: 'live',
    session: {
      tokenHash,
      ref: sessionRef(tokenHash),
      createdAt: first.createdAt,
      secondFactorAt: first.secondFactorAt,
      user: {
        id: first.id,
        username: first.username,
        displayName: first.displayName,
        role: first.role,
        chainIds:
          first.role === 'editor'
            ? rows
                .flatMap((row) => (row.chainId === null ? [] : [row.chainId]))
                .sort((a, b) => a - b)
            : [],
        departmentId: first.role === 'department' ? first.departmentId : null,
      },
      account: {
        hasSecondFactor: first.totpSecret !== null,
        mustChangePassword: first.mustChangePassword,
        passwordChangedAt: first.passwordChangedAt,
      },
    },
  };
}

/** Ends one session (kept, marked with why, so its next request can be told). */
export async function endSession(
  db: Pick<Database, 'update'>,
  token: string,
  reason: SessionEndReason,
): Promise<void> {
  await db
    .update(sessions)
    .set({ endedAt: new Date(), endReason: reason })
    .where(and(eq(sessions.tokenHash, await tokenDigest(token)), isNull(sessions.endedAt)));
}

/**
 * Ends every live session of a user: after a password or second-factor reset, when they are
 * disabled; after they change their own password, or a new sign-in replaces the others, all but
 * one (`except`, a token digest). Answers the {@link sessionRef}s of the sessions it ended.
 */
export async function endSessionsOf(
  db: Pick<Database, 'update'>,
  userId: number,
  reason: SessionEndReason,
  { except }: { except?: string } = {},
): Promise<string[]> {
  const ended = await db
    .update(sessions)
    .set({ endedAt: new Date(), endReason: reason })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.endedAt),
        except === undefined ? undefined : ne(sessions.tokenHash, except),
      ),
    )
    .returning({ tokenHash: sessions.tokenHash });
  return ended.map((session) => sessionRef(session.tokenHash));
}

/** Removes sessions past the longest lifetime any policy allows (called now and then, at sign-in). */
export async function removeStaleSessions(db: Database, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
