import { and, count, countDistinct, desc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { MeetingListQuery, MeetingListItem, MeetingSort } from '../../../contract/meetings';
import type { Database } from '../../../db/database';
import { chains, firms, meetingFirms, meetings, problems } from '../../../db/schema';
import { editableColumns } from '../../queries/editable';
import { findPage } from '../../queries/paging';
import { refColumns } from '../../queries/refs';
import { containsText, countWhere } from '../../queries/sql';

const sortColumns = { heldOn: meetings.heldOn } satisfies Record<MeetingSort, unknown>;

/** How many firms attended each meeting. */
const firmCount = sql<number>`(select count(*) from ${meetingFirms} where ${meetingFirms.meetingId} = ${meetings.id})`;

/** Problems raised there, not withdrawn: all of them, or those with this status. */
const problemCount = (status?: 'resolved') =>
  sql<number>`(select count(*) from ${problems} where ${problems.meetingId} = ${meetings.id}
    and ${problems.withdrawnAt} is null${status ? sql` and ${problems.status} = ${status}` : sql``})`;

/** Meetings with their chain and counts; add where / order / limit. */
export function selectMeetings(db: Database) {
  return db
    .select({
      id: meetings.id,
      title: meetings.title,
      heldOn: meetings.heldOn,
      place: meetings.place,
      host: meetings.host,
      chain: refColumns(chains),
      firmCount: firmCount.mapWith(Number),
      problemCount: problemCount().mapWith(Number),
      resolvedCount: problemCount('resolved').mapWith(Number),
      notes: meetings.notes,
      withdrawnAt: meetings.withdrawnAt,
      ...editableColumns(meetings),
    })
    .from(meetings)
    .leftJoin(chains, eq(meetings.chainId, chains.id))
    .$dynamic();
}

type MeetingRow = Awaited<ReturnType<typeof selectMeetings>>[number];

export function toMeetingListItem(row: MeetingRow): MeetingListItem {
  return {
    id: row.id,
    title: row.title,
    heldOn: row.heldOn,
    place: row.place,
    host: row.host,
    chain: row.chain,
    firmCount: row.firmCount,
    problemCount: row.problemCount,
    resolvedCount: row.resolvedCount,
  };
}

/** One page of the meetings matching the query (withdrawn ones left out), and how many match. */
export async function findMeetings(db: Database, query: MeetingListQuery) {
  const where = and(
    isNull(meetings.withdrawnAt),
    containsText(query.q, meetings.title, meetings.place, meetings.host),
    query.chain ? eq(meetings.chainId, query.chain) : undefined,
    query.forChain ? or(eq(meetings.chainId, query.forChain), isNull(meetings.chainId)) : undefined,
    query.from ? gte(meetings.heldOn, query.from) : undefined,
    query.to ? lte(meetings.heldOn, query.to) : undefined,
  );
  return findPage(
    selectMeetings(db).where(where),
    db.$count(meetings, where),
    sortColumns[query.sort],
    meetings.id,
    query,
  );
}

export function meetingById(db: Database, id: number) {
  return selectMeetings(db).where(eq(meetings.id, id));
}

/** The firms that attended, by name. */
export function firmsAt(db: Database, meetingId: number) {
  return db
    .select(refColumns(firms))
    .from(meetingFirms)
    .innerJoin(firms, eq(meetingFirms.firmId, firms.id))
    .where(eq(meetingFirms.meetingId, meetingId))
    .orderBy(firms.name, firms.id);
}

/** The problems raised there (not withdrawn), the latest first. */
export function problemsAt(db: Database, meetingId: number) {
  return db
    .select({
      id: problems.id,
      title: problems.title,
      firm: refColumns(firms),
      raisedOn: problems.raisedOn,
      status: problems.status,
    })
    .from(problems)
    .leftJoin(firms, eq(problems.firmId, firms.id))
    .where(and(eq(problems.meetingId, meetingId), isNull(problems.withdrawnAt)))
    .orderBy(desc(problems.raisedOn), desc(problems.id));
}

/**
 * The article's four figures, counted from the records: meetings not withdrawn, the distinct
 * firms that attended them, the problems raised there (not withdrawn) and those resolved.
 */
export async function meetingFigures(db: Database) {
  const held = isNull(meetings.withdrawnAt);
  const [meetingCount, [firmRow], [problemRow]] = await Promise.all([
    db.$count(meetings, held),
    db
      .select({ firms: countDistinct(meetingFirms.firmId) })
      .from(meetingFirms)
      .innerJoin(meetings, eq(meetings.id, meetingFirms.meetingId))
      .where(held),
    db
      .select({
        problems: count(),
        resolved: countWhere(eq(problems.status, 'resolved')),
      })
      .from(problems)
      .innerJoin(meetings, eq(meetings.id, problems.meetingId))
      .where(and(held, isNull(problems.withdrawnAt))),
  ]);
  return {
    meetings: meetingCount,
    firms: firmRow?.firms ?? 0,
    problems: problemRow?.problems ?? 0,
    resolved: problemRow?.resolved ?? 0,
  };
}
