import { and, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Notification, NotificationParams } from '../../../contract/notifications';
import type { Database } from '../../../db/database';
import { chains, notifications } from '../../../db/schema';
import { pageOffset } from '../../queries/paging';
import { refColumns } from '../../queries/refs';
import { aggregateRow } from '../../queries/sql';

const mine = (userId: number) => eq(notifications.recipientId, userId);
const unread = isNull(notifications.readAt);

const columns = {
  id: notifications.id,
  kind: notifications.kind,
  subjectType: notifications.subjectType,
  subjectId: notifications.subjectId,
  chain: refColumns(chains),
  params: notifications.params,
  createdAt: notifications.createdAt,
  updatedAt: notifications.updatedAt,
  readAt: notifications.readAt,
};

function selectNotifications(db: Database, where: SQL | undefined) {
  return db
    .select(columns)
    .from(notifications)
    .leftJoin(chains, eq(chains.id, notifications.chainId))
    .where(where);
}

type Row = Awaited<ReturnType<typeof selectNotifications>>[number];

function toNotification(row: Row): Notification {
  return {
    id: row.id,
    kind: row.kind,
    subject: { type: row.subjectType, id: row.subjectId },
    chain: row.chain,
    params: row.params as NotificationParams,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

function countOf(db: Database, where: SQL | undefined) {
  return aggregateRow(db.select({ count: count() }).from(notifications).where(where)).then(
    (row) => row.count,
  );
}

/** How many of the user's notifications are unread: one indexed count, what the bell polls. */
export function countUnread(db: Database, userId: number): Promise<number> {
  return countOf(db, and(mine(userId), unread));
}

/** One page of the user's notifications, the latest first (by their latest write). */
export async function findNotifications(
  db: Database,
  userId: number,
  query: { page: number; pageSize: number; unread?: boolean },
) {
  const where = and(mine(userId), query.unread ? unread : undefined);
  const [rows, total, unreadCount] = await Promise.all([
    selectNotifications(db, where)
      .orderBy(desc(notifications.updatedAt), desc(notifications.id))
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    countOf(db, where),
    countUnread(db, userId),
  ]);
  return { items: rows.map(toNotification), total, unread: unreadCount };
}

/** Marks one of the user's notifications read; undefined when the user has none of this id. */
export async function markRead(
  db: Database,
  userId: number,
  id: number,
  at: Date,
): Promise<Notification | undefined> {
  // Marking twice keeps the first time it was read.
  await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.id, id), mine(userId), unread));
  const [row] = await selectNotifications(db, and(eq(notifications.id, id), mine(userId)));
  return row && toNotification(row);
}

/** Marks all the user's unread notifications read; how many there were. */
export async function markAllRead(db: Database, userId: number, at: Date): Promise<number> {
  const marked = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(mine(userId), unread))
    .returning({ id: notifications.id });
  return marked.length;
}
