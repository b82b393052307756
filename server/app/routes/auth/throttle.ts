import type { Context } from 'hono';
import { onePasswordCheckAtATime, secondsUntilLoginAllowed } from '../../auth/login-limits';
import type { AppEnv } from '../../context';
import { errorBody } from '../../errors';

/** 429 with `Retry-After` while this address's wrong passwords for `username` (or all) count. */
export async function refuseWhileThrottled(c: Context<AppEnv>, username: string, now: Date) {
  const { db, clientAddress, loginThrottle } = c.var;
  const wait = await secondsUntilLoginAllowed(db, username, clientAddress, now, loginThrottle);
  if (wait <= 0) return null;
  c.header('Retry-After', String(wait));
  return c.json(
    errorBody('rate_limited', `Too many wrong passwords; try again in ${wait} seconds`),
    429,
  );
}

/** 429 while the same account's password from the same address is being checked. */
export function checkingAlready(c: Context<AppEnv>) {
  c.header('Retry-After', '1');
  return c.json(
    errorBody(
      'rate_limited',
      'This account is already signing in from here; try again in a second',
    ),
    429,
  );
}

/**
 * Runs one guess at an account's secret (a password, a second-factor code) under the sign-in
 * throttle: one at a time per account and address, refused with 429 while that pair or address
 * waits. `check` records its own attempt. Answers what `check` answers, or the 429.
 */
export async function throttledGuess<T>(
  c: Context<AppEnv>,
  username: string,
  check: () => Promise<T>,
): Promise<T | ReturnType<typeof checkingAlready>> {
  const checked = await onePasswordCheckAtATime(username, c.var.clientAddress, async () => {
    const throttled = await refuseWhileThrottled(c, username, c.var.now());
    return throttled ?? (await check());
  });
  return checked === 'busy' ? checkingAlready(c) : checked;
}
