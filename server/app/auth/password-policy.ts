import { and, desc, eq, notInArray } from 'drizzle-orm';
import {
  passwordReusedMessage,
  passwordRuleProblem,
  type PasswordRules,
} from '../../contract/passwords';
import type { SecurityPolicySettings } from '../../contract/security';
import { passwordHistory, users } from '../../db/schema';
import { invalidField } from '../errors';
import type { Transaction } from '../writes/transaction';
import { verifyPassword } from './passwords';

/** Earlier hashes kept per user: the most any policy's history check reads (24). */
export const PASSWORD_HISTORY_KEPT = 24;

export function passwordRulesOf(policy: SecurityPolicySettings): PasswordRules {
  return {
    minLength: policy.passwordMinLength,
    minClasses: policy.passwordMinClasses,
    history: policy.passwordHistory,
    maxAgeDays: policy.passwordMaxAgeDays,
  };
}

/** 400 naming `field` when `password` breaks the policy's length or character classes. */
export function checkPasswordRules(password: string, rules: PasswordRules, field: string): void {
  const problem = passwordRuleProblem(password, rules);
  if (problem) throw invalidField(field, problem);
}

/**
 * 400 naming `field` when `password` is one of the user's last `rules.history` passwords: the
 * current one, then the newest earlier ones. Each is a PBKDF2 check, so they run side by side.
 */
export async function checkPasswordHistory(
  db: Pick<Transaction, 'select'>,
  user: { id: number; passwordHash: string },
  password: string,
  rules: PasswordRules,
  field: string,
): Promise<void> {
  if (rules.history === 0) return;
  const earlier =
    rules.history > 1
      ? await db
          .select({ hash: passwordHistory.passwordHash })
          .from(passwordHistory)
          .where(eq(passwordHistory.userId, user.id))
          .orderBy(desc(passwordHistory.changedAt), desc(passwordHistory.id))
          .limit(rules.history - 1)
      : [];
  const hashes = [user.passwordHash, ...earlier.map((row) => row.hash)];
  const matches = await Promise.all(hashes.map((hash) => verifyPassword(password, hash)));
  if (matches.some(Boolean)) throw invalidField(field, passwordReusedMessage(rules.history));
}

/**
 * Stores a new password's hash (made before the transaction: hashing takes a while): the old
 * hash joins the history (the newest {@link PASSWORD_HISTORY_KEPT} are kept), the age counts from
 * `now`. `mustChange` when someone else set it (a reset), so its owner chooses their own at the
 * next sign-in.
 */
export async function storeNewPassword(
  tx: Transaction,
  user: { id: number; passwordHash: string },
  newHash: string,
  { now, mustChange }: { now: Date; mustChange: boolean },
): Promise<void> {
  await tx
    .insert(passwordHistory)
    .values({ userId: user.id, passwordHash: user.passwordHash, changedAt: now });
  const kept = tx
    .select({ id: passwordHistory.id })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, user.id))
    .orderBy(desc(passwordHistory.changedAt), desc(passwordHistory.id))
    .limit(PASSWORD_HISTORY_KEPT);
  await tx
    .delete(passwordHistory)
    .where(and(eq(passwordHistory.userId, user.id), notInArray(passwordHistory.id, kept)));
  await tx
    .update(users)
    .set({
      passwordHash: newHash,
      passwordChangedAt: now,
      mustChangePassword: mustChange,
    })
    .where(eq(users.id, user.id));
}
