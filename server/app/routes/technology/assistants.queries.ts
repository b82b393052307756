import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type {
  TechAssistantDetail,
  TechAssistantListItem,
  TechAssistantListQuery,
} from '../../../contract/technology';
import type { techAssistantSorts } from '../../../contract/list-params';
import type { Database } from '../../../db/database';
import {
  chains,
  firms,
  techAssistantChains,
  techAssistantFirms,
  techAssistants,
  techSupplies,
} from '../../../db/schema';
import { editableColumns, editableFields } from '../../queries/editable';
import { groupBy } from '../../queries/group';
import { findPage } from '../../queries/paging';
import { refColumns } from '../../queries/refs';
import { containsText, textOrder } from '../../queries/sql';
import { withdrawnWhere } from '../../queries/withdrawn';

/** An assistant's matches whose stage is in `stages` (all when none), withdrawn ones left out. */
function matchCount(stages?: string) {
  const stage = stages ? sql.raw(` and m.stage in (${stages})`) : sql``;
  return sql<number>`(select count(*) from tech_matches m
    where m.assistant_id = ${techAssistants.id} and m.withdrawn_at is null${stage})`.mapWith(
    Number,
  );
}
const SUCCESSFUL = `'intent', 'contract', 'landed'`;

function selectTechAssistants(db: Database) {
  return db
    .select({
      id: techAssistants.id,
      name: techAssistants.name,
      supply: refColumns(techSupplies),
      homeInstitute: techAssistants.homeInstitute,
      batch: techAssistants.batch,
      termStartsOn: techAssistants.termStartsOn,
      termEndsOn: techAssistants.termEndsOn,
      matches: matchCount(),
      successful: matchCount(SUCCESSFUL),
      landed: matchCount(`'landed'`),
      withdrawnAt: techAssistants.withdrawnAt,
      ...editableColumns(techAssistants),
    })
    .from(techAssistants)
    .leftJoin(techSupplies, eq(techAssistants.supplyId, techSupplies.id))
    .$dynamic();
}

type TechAssistantRow = Awaited<ReturnType<typeof selectTechAssistants>>[number];

const sortColumns = {
  name: textOrder(techAssistants.nameSortKey),
  batch: techAssistants.batch,
  matches: matchCount(SUCCESSFUL),
} satisfies Record<(typeof techAssistantSorts)[number], unknown>;

/** The chains and firms of the assistants listed, two queries for the page. */
async function servedBy(db: Database, ids: number[]) {
  const [chainRows, firmRows] = await Promise.all([
    db
      .select({ assistantId: techAssistantChains.assistantId, ...refColumns(chains) })
      .from(techAssistantChains)
      .innerJoin(chains, eq(techAssistantChains.chainId, chains.id))
      .where(inArray(techAssistantChains.assistantId, ids))
      .orderBy(asc(chains.sortOrder), asc(chains.id)),
    db
      .select({ assistantId: techAssistantFirms.assistantId, ...refColumns(firms) })
      .from(techAssistantFirms)
      .innerJoin(firms, eq(techAssistantFirms.firmId, firms.id))
      .where(inArray(techAssistantFirms.assistantId, ids))
      .orderBy(asc(textOrder(firms.nameSortKey)), asc(firms.id)),
  ]);
  return {
    chainsOf: groupBy(chainRows, (row) => row.assistantId),
    firmsOf: groupBy(firmRows, (row) => row.assistantId),
  };
}

const ref = ({ id, name, nameEn }: { id: number; name: string; nameEn: string | null }) => ({
  id,
  name,
  nameEn,
});

async function withServed(db: Database, rows: TechAssistantRow[]) {
  const { chainsOf, firmsOf } = await servedBy(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    row,
    chains: (chainsOf.get(row.id) ?? []).map(ref),
    firms: (firmsOf.get(row.id) ?? []).map(ref),
  }));
}

type Served = Awaited<ReturnType<typeof withServed>>[number];

export async function findTechAssistants(db: Database, query: TechAssistantListQuery) {
  const where = and(
    containsText(query.q, techAssistants.name, techAssistants.homeInstitute),
    query.chain
      ? inArray(
          techAssistants.id,
          db
            .select({ id: techAssistantChains.assistantId })
            .from(techAssistantChains)
            .where(eq(techAssistantChains.chainId, query.chain)),
        )
      : undefined,
    query.firm
      ? inArray(
          techAssistants.id,
          db
            .select({ id: techAssistantFirms.assistantId })
            .from(techAssistantFirms)
            .where(eq(techAssistantFirms.firmId, query.firm)),
        )
      : undefined,
    query.batch ? eq(techAssistants.batch, query.batch) : undefined,
    withdrawnWhere(techAssistants.withdrawnAt, query.withdrawn),
  );
  const { rows, total } = await findPage(
    selectTechAssistants(db).where(where),
    db.$count(techAssistants, where),
    sortColumns[query.sort],
    techAssistants.id,
    query,
  );
  return { items: (await withServed(db, rows)).map(toTechAssistantListItem), total };
}

export async function findTechAssistant(db: Database, id: number) {
  const rows = await selectTechAssistants(db).where(eq(techAssistants.id, id));
  const [served] = await withServed(db, rows);
  return served ? toTechAssistantDetail(served) : undefined;
}

function toTechAssistantListItem({ row, chains, firms }: Served): TechAssistantListItem {
  return {
    id: row.id,
    name: row.name,
    supply: row.supply,
    homeInstitute: row.homeInstitute,
    batch: row.batch,
    termStartsOn: row.termStartsOn,
    termEndsOn: row.termEndsOn,
    chains,
    firms,
    matches: row.matches,
    successful: row.successful,
    landed: row.landed,
  };
}

function toTechAssistantDetail(served: Served): TechAssistantDetail {
  return {
    ...toTechAssistantListItem(served),
    ...editableFields(served.row),
    withdrawnAt: served.row.withdrawnAt?.toISOString() ?? null,
  };
}
