import { eq } from 'drizzle-orm';
import { hashPassword } from '../../app/auth/passwords';
import type { Database } from '../database';
import { SAMPLE_SECURITY_POLICY, storeSecurityPolicy } from '../../app/security/policy';
import { chains, departments, userChainScopes, users } from '../schema';

/**
 * The sample city's users share one published password, so anyone trying the sample can sign in
 * as each role. A real deployment starts without the sample (SAMPLE_DATA=false) and so without them.
 */
export const SAMPLE_PASSWORD = 'chainboard-sample';
export const SAMPLE_VIEWER = 'viewer';
export const sampleEditorName = (chainCode: string) => `editor-${chainCode}`;
export const SAMPLE_SECURITY_ADMIN = 'security-admin';
export const SAMPLE_AUDIT_ADMIN = 'audit-admin';
/** The department owning most sample problems (市经济和信息化局) handles them as this user. */
export const SAMPLE_DEPARTMENT_USER = 'dept-industry';
const SAMPLE_DEPARTMENT_NAME = '市经济和信息化局';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * One editor per chain (its task force, 专班), scoped to it, one city-wide viewer, and the
 * security and audit administrators (the system administrator is created at start-up), under
 * the sample's relaxed security policy: no second factor, so anyone can take a first look.
 */
export async function insertSampleUsers(tx: Transaction, today: string): Promise<void> {
  // One hash for all: 600,000 iterations once rather than thirteen times.
  const passwordHash = await hashPassword(SAMPLE_PASSWORD);
  // The sample's day stamps what would otherwise be the load's time, so the same day always
  // loads the same rows.
  const sampleDay = new Date(`${today}T00:00:00+08:00`);
  const allChains = await tx
    .select({ id: chains.id, code: chains.code, name: chains.name })
    .from(chains)
    .orderBy(chains.sortOrder);
  const [industry] = await tx
    .select({ id: departments.id })
    .from(departments)
    .where(eq(departments.name, SAMPLE_DEPARTMENT_NAME));
  const inserted = await tx
    .insert(users)
    .values([
      {
        username: SAMPLE_VIEWER,
        displayName: '市领导（查看）',
        role: 'viewer' as const,
        passwordHash,
        passwordChangedAt: sampleDay,
      },
      ...allChains.map((chain) => ({
        username: sampleEditorName(chain.code),
        displayName: `${chain.name}专班`,
        role: 'editor' as const,
        passwordHash,
        passwordChangedAt: sampleDay,
      })),
      {
        username: SAMPLE_SECURITY_ADMIN,
        displayName: '安全管理员',
        role: 'security_admin' as const,
        passwordHash,
        passwordChangedAt: sampleDay,
      },
      {
        username: SAMPLE_AUDIT_ADMIN,
        displayName: '审计管理员',
        role: 'audit_admin' as const,
        passwordHash,
        passwordChangedAt: sampleDay,
      },
      {
        username: SAMPLE_DEPARTMENT_USER,
        displayName: '市经济和信息化局（部门办理）',
        role: 'department' as const,
        departmentId: industry?.id ?? null,
        passwordHash,
        passwordChangedAt: sampleDay,
      },
    ])
    .returning({ id: users.id, username: users.username });
  const idOf = new Map(inserted.map((user) => [user.username, user.id]));
  await tx.insert(userChainScopes).values(
    allChains.map((chain) => ({
      userId: idOf.get(sampleEditorName(chain.code)) ?? -1,
      chainId: chain.id,
    })),
  );
  await storeSecurityPolicy(tx, SAMPLE_SECURITY_POLICY, {
    version: 1,
    updatedAt: sampleDay,
    updatedBy: null,
  });
}
