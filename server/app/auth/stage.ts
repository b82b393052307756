import type { SessionStage, UserRole } from '../../contract/auth';
import type { SecurityPolicySettings } from '../../contract/security';
import type { AccountCredentials } from './sessions';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether the policy makes this password too old to keep (judged by the app's clock). */
function passwordExpired(
  passwordChangedAt: Date,
  policy: Pick<SecurityPolicySettings, 'passwordMaxAgeDays'>,
  now: Date,
): boolean {
  return (
    policy.passwordMaxAgeDays > 0 &&
    now.getTime() - passwordChangedAt.getTime() > policy.passwordMaxAgeDays * DAY_MS
  );
}

/**
 * Where a session stands, derived on every request (never stored), so a change of the account
 * or of the policy applies at once: first the second factor an enrolled account must give, then a
 * password that must be changed (new, reset or too old), then a second factor the role requires
 * but the account lacks; otherwise signed in.
 */
export function sessionStage(
  role: UserRole,
  account: AccountCredentials,
  session: { secondFactorAt: Date | null },
  policy: Pick<SecurityPolicySettings, 'passwordMaxAgeDays' | 'secondFactorRoles'>,
  now: Date,
): SessionStage {
  if (account.hasSecondFactor && !session.secondFactorAt) return 'second_factor';
  if (account.mustChangePassword || passwordExpired(account.passwordChangedAt, policy, now)) {
    return 'change_password';
  }
  if (policy.secondFactorRoles.includes(role) && !account.hasSecondFactor) {
    return 'enrol_second_factor';
  }
  return 'signed_in';
}
