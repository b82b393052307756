import { and, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { AuditEntityType } from '../../../contract/audit';
import { auditEvents } from '../../../db/schema';
import type { Database } from '../../../db/database';
import { CITY_TIME_ZONE } from '../../../contract/city-time';
import { isWithdrawable } from '../../writes/operations';
import { revertibleKinds } from '../../writes/kinds';
import { pageOffset, toPage } from '../../queries/paging';

export interface AuditFilter {
  chainId?: number;
  actor?: string;
  entityType?: AuditEntityType;
  /** One record's events (with `entityType`): a lead's timeline. */
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** The start of a city calendar day as an instant. */
export function cityDayStart(day: string): SQL {
  return sql`(${day}::date)::timestamp at time zone ${CITY_TIME_ZONE}`;
}

function conditions(filter: AuditFilter) {
  return and(
    filter.chainId === undefined ? undefined : eq(auditEvents.chainId, filter.chainId),
    filter.actor ? eq(auditEvents.actor, filter.actor.toLowerCase()) : undefined,
    filter.entityType ? eq(auditEvents.entityType, filter.entityType) : undefined,
    filter.entityId === undefined ? undefined : eq(auditEvents.entityId, filter.entityId),
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.from ? gte(auditEvents.at, cityDayStart(filter.from)) : undefined,
    filter.to ? lt(auditEvents.at, sql`${cityDayStart(filter.to)} + interval '1 day'`) : undefined,
  );
}

type AuditRow = typeof auditEvents.$inferSelect;

const changes = new Set(['update', 'revert', 'withdraw', 'restore']);

/**
 * A change of a kind of record a revert knows how to restore (it puts the values back), or the
 * creation of one that can be withdrawn (its revert withdraws it: a quarter typed by mistake).
 */
export function isRevertible(row: Pick<AuditRow, 'action' | 'entityType' | 'before' | 'after'>) {
  const kind = revertibleKinds[row.entityType as keyof typeof revertibleKinds];
  if (!kind || row.after === null) return false;
  if (row.action === 'create') return isWithdrawable(kind);
  return changes.has(row.action) && row.before !== null;
}

export function toAuditEvent(row: AuditRow) {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actor,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    chainId: row.chainId,
    before: row.before as Record<string, unknown> | null,
    after: row.after as Record<string, unknown> | null,
    revertible: isRevertible(row),
  };
}

/** Newest first, one page, with how many match in all. */
export async function findAuditPage(
  db: Database,
  filter: AuditFilter,
  paging: { page: number; pageSize: number },
) {
  const where = conditions(filter);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(paging.pageSize)
      .offset(pageOffset(paging)),
    db.select({ total: count() }).from(auditEvents).where(where),
  ]);
  return toPage(rows.map(toAuditEvent), total?.total ?? 0, paging);
}
