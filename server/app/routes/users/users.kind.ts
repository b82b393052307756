import { eq } from 'drizzle-orm';
import { userRoleSchema, type SessionUser, type UserRole } from '../../../contract/auth';
import { userChainScopes, users } from '../../../db/schema';
import { authorise, hasPermission } from '../../auth/permissions';
import { securityKeptRoles } from '../../../contract/permissions';
import { forbidden } from '../../errors';
import type { EntityKind } from '../../writes/entity';
import type { Transaction } from '../../writes/transaction';

function userId(entityId: string): number {
  return /^\d{1,10}$/.test(entityId) ? Number(entityId) : -1;
}

/** An editor's chains live in their own table; they are edited, audited and compared with the user. */
const chainScope = {
  async load(tx: Transaction, entityId: string) {
    const rows = await tx
      .select({ chainId: userChainScopes.chainId })
      .from(userChainScopes)
      .where(eq(userChainScopes.userId, userId(entityId)))
      .orderBy(userChainScopes.chainId);
    return { chainIds: rows.map((row) => row.chainId) };
  },
  async store(tx: Transaction, entityId: string, values: Record<string, unknown>) {
    const chainIds = values.chainIds as number[] | undefined;
    if (!chainIds) return;
    const id = userId(entityId);
    await tx.delete(userChainScopes).where(eq(userChainScopes.userId, id));
    if (chainIds.length > 0) {
      await tx.insert(userChainScopes).values(chainIds.map((chainId) => ({ userId: id, chainId })));
    }
  },
};

/**
 * 三权分立: the system administrator keeps the accounts of viewers, editors and system
 * administrators; the security administrator those of security and audit administrators. So
 * neither can give themselves the other's powers through a second account.
 */
export function authoriseAccountOfRole(user: SessionUser, role: UserRole): void {
  if (securityKeptRoles.includes(role)) {
    if (!hasPermission(user.role, 'manage_credentials')) {
      throw forbidden(
        'Only the security administrator keeps the accounts of security and audit administrators',
      );
    }
    return;
  }
  authorise(user, 'manage_users');
}

/**
 * Users as administrators edit them. The password hash is never a field: it is neither
 * answered, nor compared in a conflict, nor copied into the audit trail.
 */
export const userKind: EntityKind<typeof users> = {
  type: 'user',
  table: users,
  where: (entityId) => eq(users.id, userId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: () => null,
  authorise: (user, row) => authoriseAccountOfRole(user, row.role),
  authoriseCreate: (user, values) =>
    authoriseAccountOfRole(user, userRoleSchema.parse(values.role)),
  identity: ['id', 'username'],
  fields: ['displayName', 'role', 'departmentId', 'email', 'disabledAt'],
  related: chainScope,
};

/** A user's password or second factor, as the security administrator resets it. */
export const credentialsKind: EntityKind<typeof users> = {
  ...userKind,
  authorise: (user) => authorise(user, 'manage_credentials'),
};

/** One's own account, as its owner changes it (their password): nobody else's. */
export const ownAccountKind: EntityKind<typeof users> = {
  ...userKind,
  authorise(user, row) {
    if (row.id !== user.id) throw forbidden('You may change only your own account');
  },
};
