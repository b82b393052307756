import { and, eq, or, inArray, sql } from 'drizzle-orm';
import type {
  TechNeedDetail,
  TechNeedListItem,
  TechNeedListQuery,
} from '../../../contract/technology';
import type { techNeedSorts } from '../../../contract/list-params';
import type { Database } from '../../../db/database';
import { chains, firms, techNeeds } from '../../../db/schema';
import { editableColumns, editableFields } from '../../queries/editable';
import { findPage } from '../../queries/paging';
import { refColumns } from '../../queries/refs';
import { containsText } from '../../queries/sql';
import { withdrawnWhere } from '../../queries/withdrawn';

/** A need's matches, withdrawn ones left out. */
const matchCount = sql<number>`(select count(*) from tech_matches m
  where m.need_id = ${techNeeds.id} and m.withdrawn_at is null)`.mapWith(Number);

/** High first, then medium, then low. */
export const urgencyRank = sql<number>`case ${techNeeds.urgency}
  when 'high' then 0 when 'medium' then 1 else 2 end`;

/** Needs with their chain and firm; add where / order. */
export function selectTechNeeds(db: Database) {
  return db
    .select({
      id: techNeeds.id,
      chain: refColumns(chains),
      firm: refColumns(firms),
      title: techNeeds.title,
      kind: techNeeds.kind,
      description: techNeeds.description,
      urgency: techNeeds.urgency,
      raisedOn: techNeeds.raisedOn,
      status: techNeeds.status,
      matches: matchCount,
      withdrawnAt: techNeeds.withdrawnAt,
      ...editableColumns(techNeeds),
    })
    .from(techNeeds)
    .innerJoin(chains, eq(techNeeds.chainId, chains.id))
    .innerJoin(firms, eq(techNeeds.firmId, firms.id))
    .$dynamic();
}

type TechNeedRow = Awaited<ReturnType<typeof selectTechNeeds>>[number];

const sortColumns = {
  raisedOn: techNeeds.raisedOn,
  // Ascending: the most urgent first and, within an urgency, the oldest first.
  urgency: sql`${urgencyRank} * 100000 + (${techNeeds.raisedOn} - date '1900-01-01')`,
  updatedAt: techNeeds.updatedAt,
} satisfies Record<(typeof techNeedSorts)[number], unknown>;

/** One page of the needs matching the query, and how many match in all. */
export function findTechNeeds(db: Database, query: TechNeedListQuery) {
  const where = and(
    query.q
      ? or(
          containsText(query.q, techNeeds.title),
          inArray(
            techNeeds.firmId,
            db
              .select({ id: firms.id })
              .from(firms)
              .where(containsText(query.q, firms.name, firms.nameEn)),
          ),
        )
      : undefined,
    query.chain ? eq(techNeeds.chainId, query.chain) : undefined,
    query.firm ? eq(techNeeds.firmId, query.firm) : undefined,
    query.status ? eq(techNeeds.status, query.status) : undefined,
    query.kind ? eq(techNeeds.kind, query.kind) : undefined,
    query.urgency ? eq(techNeeds.urgency, query.urgency) : undefined,
    withdrawnWhere(techNeeds.withdrawnAt, query.withdrawn),
  );
  return findPage(
    selectTechNeeds(db).where(where),
    db.$count(techNeeds, where),
    sortColumns[query.sort],
    techNeeds.id,
    query,
  );
}

export function toTechNeedListItem(row: TechNeedRow): TechNeedListItem {
  return {
    id: row.id,
    chain: row.chain,
    firm: row.firm,
    title: row.title,
    kind: row.kind,
    description: row.description,
    urgency: row.urgency,
    raisedOn: row.raisedOn,
    status: row.status,
    matches: row.matches,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toTechNeedDetail(row: TechNeedRow): TechNeedDetail {
  return {
    ...toTechNeedListItem(row),
    ...editableFields(row),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  };
}
