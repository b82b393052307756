import { and, count, desc, eq, gt, gte, isNull, lt, max, notExists, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/database';
import { loginAttempts } from '../../db/schema';

/** Failed sign-ins count for this long. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** The longest one more wrong password of an account from an address makes the next one wait. */
export const MAX_PAIR_DELAY_SECONDS = 15 * 60;
/**
 * Attempts are kept this long (no limit reads them after the window; they remain for anyone
 * looking into a burst of guesses), then removed so the table cannot grow without end.
 */
export const LOGIN_ATTEMPTS_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

export interface LoginThrottleSettings {
  /** Wrong passwords of one account from one address that cost no wait (typos happen). */
  freeFailuresPerPair: number;
  /**
   * Wrong passwords from one address, whichever accounts they name, before that address waits.
   * A whole office behind one NAT address shares it, so it is set high.
   */
  maxFailuresPerAddress: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleSettings = {
  freeFailuresPerPair: 5,
  maxFailuresPerAddress: 100,
};

/**
 * The wait after the `failures`-th counted wrong password of a pair: none for the free ones, then
 * 1 s, 2 s, 4 s … doubling up to {@link MAX_PAIR_DELAY_SECONDS}. Exponential back-off slows a
 * guesser down without letting anyone lock an account out by naming it.
 */
export function pairDelaySeconds(failures: number, settings: LoginThrottleSettings): number {
  const beyondFree = failures - settings.freeFailuresPerPair;
  if (beyondFree <= 0) return 0;
  // The exponent is capped too, so a long run of failures cannot overflow.
  return Math.min(2 ** Math.min(beyondFree - 1, 30), MAX_PAIR_DELAY_SECONDS);
}

const laterSuccess = alias(loginAttempts, 'later_success');

/** Wrong passwords that slow anyone down: in the window and not cleared by an administrator. */
function countingFailure(now: Date): SQL {
  return and(
    eq(loginAttempts.succeeded, false),
    isNull(loginAttempts.clearedAt),
    gt(loginAttempts.at, new Date(now.getTime() - LOGIN_WINDOW_MS)),
  ) as SQL;
}

/**
 * …and, for one account from one address, made after that pair's last success: the owner got in,
 * so their earlier typos are forgiven. Compared by id, not time: attempts within the same
 * millisecond still have an order.
 */
function countingPairFailure(db: Database, now: Date): SQL {
  return and(
    countingFailure(now),
    notExists(
      db
        .select({ id: laterSuccess.id })
        .from(laterSuccess)
        .where(
          and(
            eq(laterSuccess.succeeded, true),
            eq(laterSuccess.username, loginAttempts.username),
            eq(laterSuccess.clientAddress, loginAttempts.clientAddress),
            gt(laterSuccess.id, loginAttempts.id),
          ),
        ),
    ),
  ) as SQL;
}

function secondsUntil(moment: Date, now: Date): number {
  return Math.max(0, Math.ceil((moment.getTime() - now.getTime()) / 1000));
}

/** When the pair with `failures` counted failures, the last at `lastAt`, may try again. */
function pairWaitsUntil(failures: number, lastAt: Date, settings: LoginThrottleSettings): Date {
  return new Date(lastAt.getTime() + pairDelaySeconds(failures, settings) * 1000);
}

async function pairWait(
  db: Database,
  username: string,
  address: string,
  now: Date,
  settings: LoginThrottleSettings,
): Promise<number> {
  const [pair] = await db
    .select({ failures: count(), lastAt: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.username, username),
        eq(loginAttempts.clientAddress, address),
        countingPairFailure(db, now),
      ),
    );
  if (!pair?.lastAt) return 0;
  return secondsUntil(pairWaitsUntil(pair.failures, pair.lastAt, settings), now);
}

/**
 * When an address at its limit may try again: once the limit-th newest of its counting failures
 * leaves the window (with exactly `limit` failures, the oldest; more exist when attempts raced),
 * or null while it is below the limit.
 */
async function addressWaitsUntil(
  db: Database,
  address: string,
  now: Date,
  limit: number,
): Promise<Date | null> {
  const [blocking] = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.clientAddress, address), countingFailure(now)))
    .orderBy(desc(loginAttempts.at))
    .limit(1)
    .offset(limit - 1);
  return blocking ? new Date(blocking.at.getTime() + LOGIN_WINDOW_MS) : null;
}

/**
 * Seconds until a new attempt for `username` from `address` may be made, or 0 when it may be
 * made now. Only this address's failures slow this account down: its owner elsewhere signs in at
 * once. Counted in the database, so every server behind a load balancer sees the same count.
 */
export async function secondsUntilLoginAllowed(
  db: Database,
  username: string,
  address: string,
  now: Date,
  settings: LoginThrottleSettings,
): Promise<number> {
  const [pair, addressUntil] = await Promise.all([
    pairWait(db, username, address, now, settings),
    addressWaitsUntil(db, address, now, settings.maxFailuresPerAddress),
  ]);
  return Math.max(pair, addressUntil ? Math.max(1, secondsUntil(addressUntil, now)) : 0);
}

/** What an administrator sees: every pair past its free failures, every address at its limit. */
export async function listLoginThrottles(db: Database, now: Date, settings: LoginThrottleSettings) {
  const failures = count();
  const [pairRows, addressRows] = await Promise.all([
    db
      .select({
        username: loginAttempts.username,
        address: loginAttempts.clientAddress,
        failures,
        lastAt: max(loginAttempts.at),
      })
      .from(loginAttempts)
      .where(countingPairFailure(db, now))
      .groupBy(loginAttempts.username, loginAttempts.clientAddress)
      .having(gt(failures, settings.freeFailuresPerPair))
      .orderBy(loginAttempts.username, loginAttempts.clientAddress),
    db
      .select({ address: loginAttempts.clientAddress, failures })
      .from(loginAttempts)
      .where(countingFailure(now))
      .groupBy(loginAttempts.clientAddress)
      .having(gte(failures, settings.maxFailuresPerAddress))
      .orderBy(loginAttempts.clientAddress),
  ]);
  const pairs = pairRows.map(({ username, address, failures: n, lastAt }) => ({
    username,
    address,
    failures: n,
    waitsUntil: pairWaitsUntil(n, lastAt ?? now, settings).toISOString(),
  }));
  const addresses = await Promise.all(
    addressRows.map(async ({ address, failures: n }) => ({
      address,
      failures: n,
      waitsUntil: (
        (await addressWaitsUntil(db, address, now, settings.maxFailuresPerAddress)) ?? now
      ).toISOString(),
    })),
  );
  return { pairs, addresses };
}

/**
 * Marks the counting failures of `username` and/or `address` cleared: they stay on record but
 * slow nobody down. Returns how many were cleared.
 */
export async function clearLoginThrottle(
  db: Pick<Database, 'update'>,
  who: { username?: string; address?: string },
  clearedBy: string,
  now: Date,
): Promise<number> {
  const cleared = await db
    .update(loginAttempts)
    .set({ clearedAt: now, clearedBy })
    .where(
      and(
        countingFailure(now),
        who.username === undefined ? undefined : eq(loginAttempts.username, who.username),
        who.address === undefined ? undefined : eq(loginAttempts.clientAddress, who.address),
      ),
    )
    .returning({ id: loginAttempts.id });
  return cleared.length;
}

const passwordChecks = new Set<string>();

/**
 * Runs `check` unless this account's password is already being checked for this address in this
 * process, and answers `busy` then. Simultaneous guesses would otherwise all read the count before
 * any of them is recorded, and all be tried; so they are tried one at a time, each after the
 * throttle has counted the one before. (Several servers check one at a time each.)
 */
export async function onePasswordCheckAtATime<T>(
  username: string,
  address: string,
  check: () => Promise<T>,
): Promise<T | 'busy'> {
  const key = `${username}\u0000${address}`;
  if (passwordChecks.has(key)) return 'busy';
  passwordChecks.add(key);
  try {
    return await check();
  } finally {
    passwordChecks.delete(key);
  }
}

/** Every attempt is recorded, a success too (it forgives the pair's earlier failures). */
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
