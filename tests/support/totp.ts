import { Secret, TOTP } from 'otpauth';

/**
 * What an authenticator app shows for `secret` (base32) now, or `steps` 30-second steps later:
 * a code of the next step is accepted too (phones drift), and is the one a second sign-in within
 * the same step needs, as each code is taken once.
 */
export function totpCode(secret: string, steps = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + steps * 30_000,
  });
}
