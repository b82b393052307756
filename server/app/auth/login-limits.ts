import { and, count, eq, gt, min } from 'drizzle-orm';
import type { Database } from '../../db/database';
import { loginAttempts } from '../../db/schema';

/** Failed sign-ins counted over this window… */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** …at most this many for one account (whoever tries)… */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** …and this many from one address (whichever names it tries). */
export const MAX_FAILURES_PER_ADDRESS = 20;

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
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const failures = (by: ReturnType<typeof eq>) =>
    db
      .select({ failures: count(), oldest: min(loginAttempts.at) })
      .from(loginAttempts)
      .where(and(by, eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  const [[account], [fromAddress]] = await Promise.all([
    failures(eq(loginAttempts.username, username)),
    failures(eq(loginAttempts.clientAddress, address)),
  ]);
  const wait = (limit: number, row: { failures: number; oldest: Date | null } | undefined) => {
    if (!row || row.failures < limit || !row.oldest) return 0;
    return Math.max(1, Math.ceil((row.oldest.getTime() + LOGIN_WINDOW_MS - now.getTime()) / 1000));
  };
  return Math.max(
    wait(MAX_FAILURES_PER_ACCOUNT, account),
    wait(MAX_FAILURES_PER_ADDRESS, fromAddress),
  );
}

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
