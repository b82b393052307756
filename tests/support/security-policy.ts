import {
  DEFAULT_SECURITY_POLICY,
  SAMPLE_SECURITY_POLICY,
  storeSecurityPolicy,
} from '../../server/app/security/policy';
import type { SecurityPolicySettings } from '../../server/contract/security';
import type { Database } from '../../server/db/database';

/*
 * A database without a `security_policy` row runs a real deployment's defaults (a second factor
 * for editors and administrators). Tests that sign people in on such a database but are not
 * about the second factor set the sample city's policy, as the sample city itself does.
 */

export async function setSecurityPolicy(
  db: Database,
  settings: Partial<SecurityPolicySettings>,
  base: SecurityPolicySettings = SAMPLE_SECURITY_POLICY,
): Promise<void> {
  await storeSecurityPolicy(
    db,
    { ...base, ...settings },
    { version: 1, updatedAt: new Date(), updatedBy: null },
  );
}

/** The sample city's relaxed policy: no second factor, several sessions, no password ageing. */
export function useSamplePolicy(db: Database): Promise<void> {
  return setSecurityPolicy(db, {});
}

/** A real deployment's policy (the defaults), with `settings` on top. */
export function useRealPolicy(
  db: Database,
  settings: Partial<SecurityPolicySettings> = {},
): Promise<void> {
  return setSecurityPolicy(db, settings, DEFAULT_SECURITY_POLICY);
}
