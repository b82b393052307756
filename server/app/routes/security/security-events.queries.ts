import { and, count, desc, eq, gte, inArray, lt, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { CITY_TIME_ZONE } from '../../../contract/city-time';
import { securityEventSchema, type SecurityEvent } from '../../../contract/security';
import type { SecurityEventFilter } from '../../../contract/security-events';
import type { Database } from '../../../db/database';
import { securityEvents } from '../../../db/schema';
import { pageOffset, toPage } from '../../queries/paging';
import { containsText } from '../../queries/sql';

/** The start of a city calendar day as an instant. */
function cityDayStart(day: string): SQL {
  return sql`(${day}::date)::timestamp at time zone ${CITY_TIME_ZONE}`;
}

/** Usernames are stored lower case (a failed sign-in's typed name too), so any case matches. */
function sameText(column: AnyColumn, text: string | undefined) {
  return text ? eq(sql`lower(${column})`, text.toLowerCase()) : undefined;
}

function conditions(filter: SecurityEventFilter) {
  return and(
    filter.type ? inArray(securityEvents.type, filter.type) : undefined,
    filter.result ? eq(securityEvents.result, filter.result) : undefined,
    sameText(securityEvents.actor, filter.actor),
    sameText(securityEvents.object, filter.object),
    filter.from ? gte(securityEvents.at, cityDayStart(filter.from)) : undefined,
    filter.to
      ? lt(securityEvents.at, sql`${cityDayStart(filter.to)} + interval '1 day'`)
      : undefined,
    containsText(
      filter.q,
      securityEvents.actor,
      securityEvents.object,
      securityEvents.clientAddress,
    ),
  );
}

type SecurityEventRow = typeof securityEvents.$inferSelect;

/** A stored event as the contract names it (the table keeps type, result and role as text). */
function toSecurityEvent(row: SecurityEventRow): SecurityEvent {
  return securityEventSchema.parse({ ...row, at: row.at.toISOString() });
}

/** Newest first (the same instant by id), one page, with how many match in all. */
export async function findSecurityEventPage(
  db: Database,
  filter: SecurityEventFilter,
  paging: { page: number; pageSize: number },
) {
  const where = conditions(filter);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(securityEvents)
      .where(where)
      .orderBy(desc(securityEvents.at), desc(securityEvents.id))
      .limit(paging.pageSize)
      .offset(pageOffset(paging)),
    db.select({ total: count() }).from(securityEvents).where(where),
  ]);
  return toPage(rows.map(toSecurityEvent), total?.total ?? 0, paging);
}
