import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type {
  TechMatchDetail,
  TechMatchListItem,
  TechMatchListQuery,
} from '../../../contract/technology';
import type { techMatchSorts } from '../../../contract/list-params';
import type { Database } from '../../../db/database';
import {
  chains,
  firms,
  projects,
  techAssistants,
  techMatches,
  techNeeds,
  techSupplies,
} from '../../../db/schema';
import { editableColumns, editableFields } from '../../queries/editable';
import { findPage } from '../../queries/paging';
import { refColumns } from '../../queries/refs';
import { containsText } from '../../queries/sql';
import { withdrawnWhere } from '../../queries/withdrawn';

/** An assistant names no English name; the ref keeps the shape of the others. */
const assistantRef = alias(techAssistants, 'assistant');

/** Matches with their chain, need, firm, supply, assistant and project; add where / order. */
export function selectTechMatches(db: Database) {
  return db
    .select({
      id: techMatches.id,
      chain: refColumns(chains),
      need: { id: techNeeds.id, title: techNeeds.title, kind: techNeeds.kind },
      firm: refColumns(firms),
      supply: { ...refColumns(techSupplies), kind: techSupplies.kind, field: techSupplies.field },
      assistantId: techMatches.assistantId,
      assistantName: assistantRef.name,
      stage: techMatches.stage,
      startedOn: techMatches.startedOn,
      intentOn: techMatches.intentOn,
      contractOn: techMatches.contractOn,
      landedOn: techMatches.landedOn,
      failedOn: techMatches.failedOn,
      amountWan: techMatches.amountWan,
      project: refColumns(projects),
      note: techMatches.note,
      withdrawnAt: techMatches.withdrawnAt,
      ...editableColumns(techMatches),
    })
    .from(techMatches)
    .innerJoin(chains, eq(techMatches.chainId, chains.id))
    .innerJoin(techNeeds, eq(techMatches.needId, techNeeds.id))
    .innerJoin(firms, eq(techNeeds.firmId, firms.id))
    .innerJoin(techSupplies, eq(techMatches.supplyId, techSupplies.id))
    .leftJoin(assistantRef, eq(techMatches.assistantId, assistantRef.id))
    .leftJoin(projects, eq(techMatches.projectId, projects.id))
    .$dynamic();
}

type TechMatchRow = Awaited<ReturnType<typeof selectTechMatches>>[number];

const sortColumns = {
  startedOn: techMatches.startedOn,
  landedOn: techMatches.landedOn,
  amount: techMatches.amountWan,
  updatedAt: techMatches.updatedAt,
} satisfies Record<(typeof techMatchSorts)[number], unknown>;

/** The ids of the needs whose title or firm matches the text, or of the supplies named so. */
function textWhere(db: Database, q: string | undefined) {
  if (!q) return undefined;
  return or(
    inArray(
      techMatches.needId,
      db
        .select({ id: techNeeds.id })
        .from(techNeeds)
        .innerJoin(firms, eq(techNeeds.firmId, firms.id))
        .where(containsText(q, techNeeds.title, firms.name, firms.nameEn)),
    ),
    inArray(
      techMatches.supplyId,
      db
        .select({ id: techSupplies.id })
        .from(techSupplies)
        .where(containsText(q, techSupplies.name, techSupplies.nameEn)),
    ),
  );
}

/** One page of the matches matching the query, and how many match in all. */
export function findTechMatches(db: Database, query: TechMatchListQuery) {
  const needsWhere = and(
    query.firm ? eq(techNeeds.firmId, query.firm) : undefined,
    query.kind ? eq(techNeeds.kind, query.kind) : undefined,
  );
  const where = and(
    textWhere(db, query.q),
    query.chain ? eq(techMatches.chainId, query.chain) : undefined,
    query.need ? eq(techMatches.needId, query.need) : undefined,
    needsWhere
      ? inArray(
          techMatches.needId,
          db.select({ id: techNeeds.id }).from(techNeeds).where(needsWhere),
        )
      : undefined,
    query.supply ? eq(techMatches.supplyId, query.supply) : undefined,
    query.field
      ? inArray(
          techMatches.supplyId,
          db
            .select({ id: techSupplies.id })
            .from(techSupplies)
            .where(eq(techSupplies.field, query.field)),
        )
      : undefined,
    query.assistant ? eq(techMatches.assistantId, query.assistant) : undefined,
    query.stage ? eq(techMatches.stage, query.stage) : undefined,
    query.landedYear
      ? sql`extract(year from ${techMatches.landedOn}) = ${query.landedYear}`
      : undefined,
    withdrawnWhere(techMatches.withdrawnAt, query.withdrawn),
  );
  return findPage(
    selectTechMatches(db).where(where),
    db.$count(techMatches, where),
    sortColumns[query.sort],
    techMatches.id,
    query,
  );
}

export function toTechMatchListItem(row: TechMatchRow): TechMatchListItem {
  return {
    id: row.id,
    chain: row.chain,
    need: row.need,
    firm: row.firm,
    supply: row.supply,
    assistant:
      row.assistantId !== null && row.assistantName !== null
        ? { id: row.assistantId, name: row.assistantName, nameEn: null }
        : null,
    stage: row.stage,
    startedOn: row.startedOn,
    intentOn: row.intentOn,
    contractOn: row.contractOn,
    landedOn: row.landedOn,
    failedOn: row.failedOn,
    amountWan: row.amountWan,
    project: row.project,
    note: row.note,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toTechMatchDetail(row: TechMatchRow): TechMatchDetail {
  return {
    ...toTechMatchListItem(row),
    ...editableFields(row),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  };
}
