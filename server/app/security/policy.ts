import { eq } from 'drizzle-orm';
import {
  securityPolicySettingsSchema,
  type SecurityPolicy,
  type SecurityPolicySettings,
} from '../../contract/security';
import type { Database } from '../../db/database';
import { securityPolicy } from '../../db/schema';
import { editableRowColumns } from '../queries/editable';
import type { Transaction } from '../writes/transaction';

/**
 * A real deployment's policy until the security administrator sets one: level-3 defaults, with
 * a second factor for everyone who can change data or administer the system.
 */
export const DEFAULT_SECURITY_POLICY: SecurityPolicySettings = {
  passwordMinLength: 10,
  passwordMinClasses: 3,
  passwordHistory: 5,
  passwordMaxAgeDays: 90,
  secondFactorRoles: ['editor', 'admin', 'security_admin', 'audit_admin'],
  sessionIdleMinutes: 30,
  sessionLifetimeHours: 12,
  singleSession: true,
  requestsPerMinute: 600,
  auditRetentionDays: 180,
};

/**
 * The sample city's policy: everyone trying it shares the published sample accounts, so no
 * second factor, several sessions per account and no password ageing; the rest as a real one.
 */
export const SAMPLE_SECURITY_POLICY: SecurityPolicySettings = {
  ...DEFAULT_SECURITY_POLICY,
  secondFactorRoles: [],
  singleSession: false,
  passwordMaxAgeDays: 0,
};

type Reader = Pick<Database | Transaction, 'select'>;

/** The policy in force, with its version (1 and no author while the defaults apply). */
export async function loadSecurityPolicy(db: Reader): Promise<SecurityPolicy> {
  const [row] = await db
    .select(editableRowColumns(securityPolicy))
    .from(securityPolicy)
    .where(eq(securityPolicy.id, 1));
  if (!row) {
    return {
      ...DEFAULT_SECURITY_POLICY,
      version: 1,
      updatedAt: new Date(0).toISOString(),
      updatedBy: null,
      updatedByName: null,
    };
  }
  const { version, updatedAt, updatedBy, updatedByName } = row;
  return {
    // The settings' schema keeps the settings and drops the row's id and stamps.
    ...securityPolicySettingsSchema.parse(row),
    version,
    updatedAt: updatedAt.toISOString(),
    updatedBy,
    updatedByName,
  };
}

/** Writes the policy row (a first write creates it); versioning is the caller's. */
export async function storeSecurityPolicy(
  tx: Pick<Transaction, 'insert'>,
  settings: SecurityPolicySettings,
  stamp: { version: number; updatedAt: Date; updatedBy: string | null },
): Promise<void> {
  const values = { ...settings, ...stamp };
  await tx
    .insert(securityPolicy)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: securityPolicy.id, set: values });
}
