import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type {
  LinkRef,
  TargetFirmListItem,
  TargetFirmListQuery,
} from '../../../contract/investment';
import type { targetFirmSorts } from '../../../contract/list-params';
import type { Database } from '../../../db/database';
import { chainLinks, targetFirmChains, targetFirmLinks, targetFirms } from '../../../db/schema';
import { chainRefsOf, type ChainLinkTable } from '../../queries/chain-refs';
import { editableColumns } from '../../queries/editable';
import { groupBy } from '../../queries/group';
import { findPage } from '../../queries/paging';
import { refColumns } from '../../queries/refs';
import { containsText, textOrder } from '../../queries/sql';
import { withdrawnWhere } from '../../queries/withdrawn';

export const targetFirmChainLink: ChainLinkTable = {
  table: targetFirmChains,
  ownerId: targetFirmChains.targetFirmId,
  chainId: targetFirmChains.chainId,
};

/**
 * Leads that court the firm, withdrawn ones left out. Written out with an alias: a select from
 * one table names its columns unqualified, so `${leads.targetFirmId} = ${targetFirms.id}` would
 * compare two columns of the lead and count every lead.
 */
const leadCount = sql<number>`(select count(*) from leads as courting
    where courting.target_firm_id = target_firms.id and courting.withdrawn_at is null)`.mapWith(
  Number,
);

export function selectTargetFirms(db: Database) {
  return db
    .select({
      id: targetFirms.id,
      name: targetFirms.name,
      nameEn: targetFirms.nameEn,
      creditCode: targetFirms.creditCode,
      hqProvince: targetFirms.hqProvince,
      hqCity: targetFirms.hqCity,
      products: targetFirms.products,
      size: targetFirms.size,
      source: targetFirms.source,
      supplyItemId: targetFirms.supplyItemId,
      leads: leadCount,
      withdrawnAt: targetFirms.withdrawnAt,
      ...editableColumns(targetFirms),
    })
    .from(targetFirms)
    .$dynamic();
}

export type TargetFirmRow = Awaited<ReturnType<typeof selectTargetFirms>>[number];

const sortColumns = {
  name: textOrder(targetFirms.nameSortKey),
  leads: leadCount,
} satisfies Record<(typeof targetFirmSorts)[number], unknown>;

export function findTargetFirms(db: Database, query: TargetFirmListQuery) {
  const where = and(
    containsText(query.q, targetFirms.name, targetFirms.nameEn, targetFirms.creditCode),
    query.chain
      ? inArray(
          targetFirms.id,
          db
            .select({ id: targetFirmChains.targetFirmId })
            .from(targetFirmChains)
            .where(eq(targetFirmChains.chainId, query.chain)),
        )
      : undefined,
    query.link
      ? inArray(
          targetFirms.id,
          db
            .select({ id: targetFirmLinks.targetFirmId })
            .from(targetFirmLinks)
            .where(eq(targetFirmLinks.linkId, query.link)),
        )
      : undefined,
    query.source ? eq(targetFirms.source, query.source) : undefined,
    withdrawnWhere(targetFirms.withdrawnAt, query.withdrawn),
  );
  return findPage(
    selectTargetFirms(db).where(where),
    db.$count(targetFirms, where),
    sortColumns[query.sort],
    targetFirms.id,
    query,
  );
}

/** The links of each firm, in map order, withdrawn links left out. */
async function linkRefsOf(db: Database, firmIds: number[]): Promise<Map<number, LinkRef[]>> {
  if (firmIds.length === 0) return new Map();
  const rows = await db
    .select({
      firmId: targetFirmLinks.targetFirmId,
      link: { ...refColumns(chainLinks), strength: chainLinks.strength },
    })
    .from(targetFirmLinks)
    .innerJoin(chainLinks, eq(targetFirmLinks.linkId, chainLinks.id))
    .where(and(inArray(targetFirmLinks.targetFirmId, firmIds), isNull(chainLinks.withdrawnAt)))
    .orderBy(asc(chainLinks.chainId), asc(chainLinks.sortOrder), asc(chainLinks.id));
  const groups = groupBy(rows, (row) => row.firmId);
  return new Map([...groups].map(([id, group]) => [id, group.map((row) => row.link)]));
}

/** List items of these rows, with their chains and links read in two queries. */
export async function toTargetFirmItems(
  db: Database,
  rows: TargetFirmRow[],
): Promise<{ item: TargetFirmListItem; row: TargetFirmRow }[]> {
  const ids = rows.map((row) => row.id);
  const [chainsOf, linksOf] = await Promise.all([
    chainRefsOf(db, targetFirmChainLink, ids),
    linkRefsOf(db, ids),
  ]);
  return rows.map((row) => ({
    row,
    item: {
      id: row.id,
      name: row.name,
      nameEn: row.nameEn,
      creditCode: row.creditCode,
      hqProvince: row.hqProvince,
      hqCity: row.hqCity,
      products: row.products,
      size: row.size,
      source: row.source,
      chains: chainsOf.get(row.id) ?? [],
      links: linksOf.get(row.id) ?? [],
      leads: row.leads,
    },
  }));
}
