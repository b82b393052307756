import { and, desc, eq, gt, lt, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/database';
import { loginAttempts } from '../../db/schema';

/** Failed sign-ins counted over this window… */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** …at most this many for one account (whoever tries)… */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** …and this many from one address (whichever names it tries). */
export const MAX_FAILURES_PER_ADDRESS = 20;
/**
 * Attempts are kept this long (no limit reads them after the window; they remain for anyone
 * looking into a burst of guesses), then removed so the table cannot grow without end.
 */
export const LOGIN_ATTEMPTS_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Seconds until the failures matching `who` in the window drop below `limit`, or 0 when they
 * already are. That moment is when the limit-th newest of them leaves the window (with exactly
 * `limit` failures, the oldest; more can exist when attempts raced each other).
 */
async function secondsUntilBelow(db: Database, who: SQL, limit: number, now: Date) {
  const [blocking] = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(
      and(
        who,
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.at, new Date(now.getTime() - LOGIN_WINDOW_MS)),
      ),
    )
    .orderBy(desc(loginAttempts.at))
    .limit(1)
    .offset(limit - 1);
  if (!blocking) return 0;
  return Math.max(1, Math.ceil((blocking.at.getTime() + LOGIN_WINDOW_MS - now.getTime()) / 1000));
}

/**
 * Seconds until a new attempt for `username` from `address` may be made, or 0 when it may be
 * made now. Counted in the database, so every server behind a load balancer sees the same count.
 */
export async function secondsUntilLoginAllowed(
  db: Database,
  username: string,
  address: string,
  now: Date,
): Promise<number> {
  const waits = await Promise.all([
    secondsUntilBelow(db, eq(loginAttempts.username, username), MAX_FAILURES_PER_ACCOUNT, now),
    secondsUntilBelow(db, eq(loginAttempts.clientAddress, address), MAX_FAILURES_PER_ADDRESS, now),
  ]);
  return Math.max(...waits);
}

/** Every attempt is recorded, a success too (it clears nothing: the failures still count). */
export async function recordLoginAttempt(
  db: Database,
  attempt: { username: string; address: string; succeeded: boolean; at: Date },
): Promise<void> {
  await db.insert(loginAttempts).values({
    username: attempt.username,
    clientAddress: attempt.address,
    succeeded: attempt.succeeded,
    at: attempt.at,
  });
}

/** Removes attempts older than {@link LOGIN_ATTEMPTS_KEPT_MS} (called now and then, at sign-in). */
export async function removeOldLoginAttempts(db: Database, now: Date): Promise<void> {
  await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.at, new Date(now.getTime() - LOGIN_ATTEMPTS_KEPT_MS)));
}
