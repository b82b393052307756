import { auditEvents } from '../../db/schema';
import type { SessionUser } from '../../contract/auth';
import type { Transaction } from './transaction';

export type AuditAction = 'create' | 'update' | 'delete' | 'revert';

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId: string;
  chainId: number | null;
  /** The record as it was (null for a create) and as it is now (null for a delete). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Appends one audit event; always called inside the write's own transaction. */
export async function appendAudit(
  tx: Transaction,
  user: SessionUser,
  at: Date,
  entry: AuditEntry,
): Promise<void> {
  await tx.insert(auditEvents).values({
    at,
    userId: user.id,
    actor: user.username,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    chainId: entry.chainId,
    before: entry.before,
    after: entry.after,
  });
}
