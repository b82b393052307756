import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import type { Database } from '../../db/database';
import { recoveryCodes, users } from '../../db/schema';
import type { Transaction } from '../writes/transaction';

/*
 * The second factor: TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps, what every authenticator
 * app reads from a QR code), and one-time recovery codes for a lost phone.
 */

const ISSUER = 'Chainboard';
const PERIOD_SECONDS = 30;
/** A code of the step before or after is taken too: phones' clocks drift, people type slowly. */
const WINDOW = 1;
const RECOVERY_CODE_COUNT = 10;
/** Letters and digits that cannot be mistaken for one another (no 0/o, 1/l/i). */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const RECOVERY_CODE_LENGTH = 10;

function totpOf(secret: string, username = '') {
  return new TOTP({
    issuer: ISSUER,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** A new secret of 160 bits (RFC 4226's recommended length), base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://totp/…` URI an authenticator app reads from the QR code. */
export function otpauthUri(secret: string, username: string): string {
  return totpOf(secret, username).toString();
}

/** The time step `code` belongs to (within the window around `nowMs`), or null. */
export function matchingStep(secret: string, code: string, nowMs: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpOf(secret).validate({ token: code, timestamp: nowMs, window: WINDOW });
  if (delta === null) return null;
  return Math.floor(nowMs / 1000 / PERIOD_SECONDS) + delta;
}

/** What a person types, as compared: no spaces or dashes, lower case. */
function normalisedCode(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}

/** Ten codes like `k7mq2-x9hbt`, from the operating system's random source. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = crypto.getRandomValues(new Uint8Array(RECOVERY_CODE_LENGTH));
    // 256 is not a multiple of 31: the first 248 values map evenly, the rest are drawn again.
    const letters = Array.from(bytes, (byte) => {
      let value = byte;
      while (value >= 248) value = crypto.getRandomValues(new Uint8Array(1))[0] ?? 0;
      return RECOVERY_ALPHABET[value % RECOVERY_ALPHABET.length];
    }).join('');
    return `${letters.slice(0, 5)}-${letters.slice(5)}`;
  });
}

/** SHA-256 of the normalised code, hex: what is stored instead of the code. */
export async function recoveryCodeDigest(code: string): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(normalisedCode(code)),
  );
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Replaces a user's recovery codes with ten new ones; answers them, shown this once. */
export async function renewRecoveryCodes(tx: Transaction, userId: number): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx
    .insert(recoveryCodes)
    .values(
      await Promise.all(
        codes.map(async (code) => ({ userId, codeDigest: await recoveryCodeDigest(code) })),
      ),
    );
  return codes;
}

export type SecondFactorMethod = 'totp' | 'recovery_code';

export type SecondFactorCheck =
  | { ok: true; method: SecondFactorMethod }
  | {
      ok: false;
      method: SecondFactorMethod;
      reason: 'wrong_code' | 'replayed' | 'used_or_unknown';
    };

/**
 * Checks a code against the user's second factor and uses it up: a TOTP code's step must be
 * later than the last one taken (never the same code twice), a recovery code must be unused.
 * Both are taken by one conditional update, so two requests racing with one code cannot both
 * pass. `recovery: false` takes the app's code only (to renew codes or turn the factor off).
 */
export async function useSecondFactorCode(
  db: Pick<Database, 'select' | 'update'>,
  user: { id: number; totpSecret: string },
  code: string,
  { nowMs, at, recovery = true }: { nowMs: number; at: Date; recovery?: boolean },
): Promise<SecondFactorCheck> {
  const typed = code.replace(/\s/g, '');
  if (/^\d{6}$/.test(typed) || !recovery) {
    const step = matchingStep(user.totpSecret, typed, nowMs);
    if (step === null) return { ok: false, method: 'totp', reason: 'wrong_code' };
    const taken = await db
      .update(users)
      .set({ totpLastStep: step })
      .where(
        and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))),
      )
      .returning({ id: users.id });
    return taken.length > 0
      ? { ok: true, method: 'totp' }
      : { ok: false, method: 'totp', reason: 'replayed' };
  }
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(
      and(
        eq(recoveryCodes.userId, user.id),
        eq(recoveryCodes.codeDigest, await recoveryCodeDigest(typed)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return used.length > 0
    ? { ok: true, method: 'recovery_code' }
    : { ok: false, method: 'recovery_code', reason: 'used_or_unknown' };
}
