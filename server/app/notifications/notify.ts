import { notifications } from '../../db/schema';
import type { Database } from '../../db/database';
import type { NotificationKind, NotificationParams } from '../../contract/notifications';
import type { notificationSubjects } from '../../contract/notification-kinds';
import type { Transaction } from '../writes/transaction';

/** A database or a write's transaction: notifications made by a write use its transaction. */
export type Db = Database | Transaction;

export interface NewNotification {
  kind: NotificationKind;
  subjectType: (typeof notificationSubjects)[number];
  subjectId: number;
  chainId: number | null;
  /**
   * What makes it one notification per reader, kind and subject: a deadline, a report period.
   * The same key again adds nothing, so a sweep may run any number of times.
   */
  dedupeKey: string;
  params: NotificationParams;
}

/**
 * Notifies each of `recipients` (user ids, from the helpers in recipients.ts) once: in the
 * caller's transaction, so a write that rolls back leaves no notification behind.
 */
export async function notify(
  db: Db,
  recipients: readonly number[],
  notification: NewNotification,
  at: Date,
): Promise<void> {
  const unique = [...new Set(recipients)];
  if (unique.length === 0) return;
  await db
    .insert(notifications)
    .values(
      unique.map((recipientId) => ({ ...notification, recipientId, createdAt: at, updatedAt: at })),
    )
    .onConflictDoNothing();
}
