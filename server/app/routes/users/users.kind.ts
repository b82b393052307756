import { eq } from 'drizzle-orm';
import { userChainScopes, users } from '../../../db/schema';
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
 * Users as administrators edit them. The password hash is never a field: it is neither
 * answered, nor compared in a conflict, nor copied into the audit trail.
 */
export const userKind: EntityKind<typeof users> = {
  type: 'user',
  table: users,
  where: (entityId) => eq(users.id, userId(entityId)),
  entityIdOf: (row) => String(row.id),
  // Users belong to no chain: only administrators may write them.
  chainIdOf: () => null,
  identity: ['id', 'username'],
  fields: ['displayName', 'role', 'disabledAt'],
  related: chainScope,
};

/** One's own account, as its owner changes it (their password): nobody else's. */
export const ownAccountKind: EntityKind<typeof users> = {
  ...userKind,
  authorise(user, row) {
    if (row.id !== user.id) throw forbidden('You may change only your own account');
  },
};
