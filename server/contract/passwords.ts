import { z } from 'zod';

/*
 * The password rules of the security policy, as any signed-in session (and a sign-in still at
 * its password step) may read them: the forms show them and check them before sending, and the
 * server checks the same function's answer, so a message next to a field is the server's rule.
 */

export const passwordRulesSchema = z
  .object({
    minLength: z.number().int(),
    /** How many of the four character classes a password must mix. */
    minClasses: z.number().int(),
    /** A new password may not be any of the last N (0: no check). */
    history: z.number().int(),
    /** Days before a password must be changed (0: never). */
    maxAgeDays: z.number().int(),
  })
  .meta({ id: 'PasswordRules' });

export type PasswordRules = z.infer<typeof passwordRulesSchema>;

const classes: readonly RegExp[] = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];

/** Of lower-case letters, upper-case letters, digits and other characters, how many it mixes. */
export function passwordClassCount(password: string): number {
  return classes.filter((pattern) => pattern.test(password)).length;
}

/** The message of the first rule `password` breaks, or null. Chinese characters count as "other". */
export function passwordRuleProblem(password: string, rules: PasswordRules): string | null {
  // Counted by code point, as a person counts characters (an emoji is one).
  if ([...password].length < rules.minLength) {
    return `must be at least ${rules.minLength} characters`;
  }
  if (passwordClassCount(password) < rules.minClasses) {
    return `must mix at least ${rules.minClasses} of: lower-case letters, upper-case letters, digits, other characters`;
  }
  return null;
}

/** The message when a new password is one of the last `history` (the current one included). */
export function passwordReusedMessage(history: number): string {
  return history <= 1
    ? 'must differ from the current password'
    : `must not be one of your last ${history} passwords`;
}
