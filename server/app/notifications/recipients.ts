import { and, eq, isNull } from 'drizzle-orm';
import { userChainScopes, users } from '../../db/schema';
import type { Db } from './notify';

/*
 * Who is told, one helper per group of readers. Each returns user ids of enabled accounts;
 * `notify` takes any mix of them.
 */

/**
 * The editors of `chainId`'s task force: the editors whose scope holds the chain. Administrators
 * may change every chain but edit none in particular, so they are not told of each change.
 */
export async function chainEditors(db: Db, chainId: number): Promise<number[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userChainScopes, eq(userChainScopes.userId, users.id))
    .where(
      and(eq(userChainScopes.chainId, chainId), eq(users.role, 'editor'), isNull(users.disabledAt)),
    );
  return rows.map((row) => row.id);
}

/** The users of a department (部门用户): told of the problems assigned to it. */
export async function departmentUsers(db: Db, departmentId: number): Promise<number[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.departmentId, departmentId),
        eq(users.role, 'department'),
        isNull(users.disabledAt),
      ),
    );
  return rows.map((row) => row.id);
}
