import type { auditActions } from '../../contract/domain';
import { auditEvents } from '../../db/schema';
import type { SessionUser } from '../../contract/auth';
import { notifyChainChanges } from '../notifications/chain-changes';
import type { Transaction } from './transaction';

export type AuditAction = (typeof auditActions)[number];

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId: string;
  chainId: number | null;
  /** The record as it was (null for a create) and as it is now (null for a delete). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

function auditRow(user: SessionUser, at: Date, entry: AuditEntry) {
  return {
    at,
    userId: user.id,
    actor: user.username,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    chainId: entry.chainId,
    before: entry.before,
    after: entry.after,
  };
}

/**
 * Appends one audit event; always called inside the write's own transaction. Every audited write
 * passes here, so here its chain's other editors are notified too, in the same transaction.
 */
export async function appendAudit(
  tx: Transaction,
  user: SessionUser,
  at: Date,
  entry: AuditEntry,
): Promise<void> {
  await tx.insert(auditEvents).values(auditRow(user, at, entry));
  await notifyChainChanges(tx, user, at, [entry]);
}

/** Events of one write that changes many records (an import): a few multi-row statements. */
export async function appendAuditEvents(
  tx: Transaction,
  user: SessionUser,
  at: Date,
  entries: readonly AuditEntry[],
): Promise<void> {
  // 9 parameters a row: 1,000 rows stay well under PostgreSQL's 65,535 parameters.
  for (let start = 0; start < entries.length; start += 1000) {
    const chunk = entries.slice(start, start + 1000);
    await tx.insert(auditEvents).values(chunk.map((entry) => auditRow(user, at, entry)));
  }
  await notifyChainChanges(tx, user, at, entries);
}
