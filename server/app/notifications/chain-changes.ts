import { and, eq, gte, inArray, isNull, like, sql } from 'drizzle-orm';
import type { SessionUser } from '../../contract/auth';
import { notifications } from '../../db/schema';
import { notify, type Db } from './notify';
import { chainEditors } from './recipients';

/**
 * How long a burst of one author's writes on one chain keeps gathering into the same notification.
 *
 * The rule: each editor of the chain other than the author has at most one unread chain_changed
 * notification per author that is still gathering. A write joins it (its count grows, its time
 * moves to the write's) while it is unread and its last write is less than an hour old; once it
 * is read, or after an hour without a write by that author, the next write starts a new one. So
 * fifty edits in a sitting are one line in the bell, saying fifty.
 */
export const CHAIN_CHANGE_BURST_MS = 60 * 60 * 1000;

/** The dedupe key's prefix shared by one author's chain changes; the first write's time follows. */
const authorKey = (user: SessionUser) => `author:${user.id}@`;

/**
 * Tells each chain's other editors that `user` changed it: called with the audit events of one
 * write, in the write's transaction (audit.ts), so every audited write of a chain's records is
 * covered and a write that rolls back notifies nobody. Events of no chain tell no one.
 */
export async function notifyChainChanges(
  tx: Db,
  user: SessionUser,
  at: Date,
  entries: readonly { chainId: number | null }[],
): Promise<void> {
  const counts = new Map<number, number>();
  for (const { chainId } of entries) {
    if (chainId !== null) counts.set(chainId, (counts.get(chainId) ?? 0) + 1);
  }
  for (const [chainId, count] of counts) {
    const readers = (await chainEditors(tx, chainId)).filter((id) => id !== user.id);
    if (readers.length === 0) continue;
    const gathered = await tx
      .update(notifications)
      .set({
        params: sql`jsonb_set(${notifications.params}, '{count}', to_jsonb(coalesce((${notifications.params}->>'count')::int, 0) + ${count}::int))`,
        updatedAt: at,
      })
      .where(
        and(
          inArray(notifications.recipientId, readers),
          eq(notifications.kind, 'chain_changed'),
          eq(notifications.subjectType, 'chain'),
          eq(notifications.subjectId, chainId),
          like(notifications.dedupeKey, `${authorKey(user)}%`),
          isNull(notifications.readAt),
          gte(notifications.updatedAt, new Date(at.getTime() - CHAIN_CHANGE_BURST_MS)),
        ),
      )
      .returning({ recipientId: notifications.recipientId });
    const told = new Set(gathered.map((row) => row.recipientId));
    await notify(
      tx,
      readers.filter((id) => !told.has(id)),
      {
        kind: 'chain_changed',
        subjectType: 'chain',
        subjectId: chainId,
        chainId,
        dedupeKey: `${authorKey(user)}${at.toISOString()}`,
        params: { actor: user.displayName, count },
      },
      at,
    );
  }
}
