import { and, eq, isNull, sql } from 'drizzle-orm';
import type {
  TechSupplyDetail,
  TechSupplyListItem,
  TechSupplyListQuery,
} from '../../../contract/technology';
import type { techSupplySorts } from '../../../contract/list-params';
import type { Database } from '../../../db/database';
import { techSupplies } from '../../../db/schema';
import { editableColumns, editableFields } from '../../queries/editable';
import { findPage } from '../../queries/paging';
import { containsText, textOrder } from '../../queries/sql';
import { withdrawnWhere } from '../../queries/withdrawn';

// A supply's matches, all and landed, withdrawn ones left out.
const matchCount = sql<number>`(select count(*) from tech_matches m
  where m.supply_id = ${techSupplies.id} and m.withdrawn_at is null)`.mapWith(Number);
const landedCount = sql<number>`(select count(*) from tech_matches m
  where m.supply_id = ${techSupplies.id} and m.withdrawn_at is null and m.stage = 'landed')`.mapWith(
  Number,
);

export function selectTechSupplies(db: Database) {
  return db
    .select({
      id: techSupplies.id,
      name: techSupplies.name,
      nameEn: techSupplies.nameEn,
      kind: techSupplies.kind,
      network: techSupplies.network,
      isLocal: techSupplies.isLocal,
      field: techSupplies.field,
      offers: techSupplies.offers,
      contact: techSupplies.contact,
      matches: matchCount,
      landed: landedCount,
      withdrawnAt: techSupplies.withdrawnAt,
      ...editableColumns(techSupplies),
    })
    .from(techSupplies)
    .$dynamic();
}

type TechSupplyRow = Awaited<ReturnType<typeof selectTechSupplies>>[number];

const sortColumns = {
  name: textOrder(techSupplies.nameSortKey),
  matches: matchCount,
} satisfies Record<(typeof techSupplySorts)[number], unknown>;

export function findTechSupplies(db: Database, query: TechSupplyListQuery) {
  const where = and(
    containsText(
      query.q,
      techSupplies.name,
      techSupplies.nameEn,
      techSupplies.field,
      techSupplies.offers,
    ),
    query.kind ? eq(techSupplies.kind, query.kind) : undefined,
    query.network === 'none'
      ? isNull(techSupplies.network)
      : query.network
        ? eq(techSupplies.network, query.network)
        : undefined,
    query.local === undefined ? undefined : eq(techSupplies.isLocal, query.local),
    query.field ? eq(techSupplies.field, query.field) : undefined,
    withdrawnWhere(techSupplies.withdrawnAt, query.withdrawn),
  );
  return findPage(
    selectTechSupplies(db).where(where),
    db.$count(techSupplies, where),
    sortColumns[query.sort],
    techSupplies.id,
    query,
  );
}

export function toTechSupplyListItem(row: TechSupplyRow): TechSupplyListItem {
  return {
    id: row.id,
    name: row.name,
    nameEn: row.nameEn,
    kind: row.kind,
    network: row.network,
    isLocal: row.isLocal,
    field: row.field,
    offers: row.offers,
    contact: row.contact,
    matches: row.matches,
    landed: row.landed,
  };
}

export function toTechSupplyDetail(row: TechSupplyRow): TechSupplyDetail {
  return {
    ...toTechSupplyListItem(row),
    ...editableFields(row),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  };
}
