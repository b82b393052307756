import { and, arrayContains, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { NamedRef } from '../../../contract/common';
import type { FirmListItem, FirmListQuery, FirmSort } from '../../../contract/firms';
import type { Database } from '../../../db/database';
import {
  chainLeaderFirms,
  chainLinkFirms,
  chainLinks,
  chainSegments,
  chains,
  firmChains,
  firms,
  parks,
  problems,
  projects,
} from '../../../db/schema';
import { chainRefsOf, type ChainLinkTable } from '../../queries/chain-refs';
import { editableColumns } from '../../queries/editable';
import { findPage } from '../../queries/paging';
import { problemCountColumns } from '../../queries/problem-counts';
import { selectProblems } from '../../queries/problems';
import { selectProjects } from '../../queries/projects';
import type { SupervisionClock } from '../../queries/rules';
import { refColumns } from '../../queries/refs';
import { aggregateRow, containsText, textOrder } from '../../queries/sql';
import { withdrawnWhere } from '../../queries/withdrawn';

export const firmChainLink: ChainLinkTable = {
  table: firmChains,
  ownerId: firmChains.firmId,
  chainId: firmChains.chainId,
};

/** Problems listed on a firm's page; the counts cover them all. */
const RECENT_PROBLEMS = 20;

/** Firms with their park; add where / order / limit. */
export function selectFirms(db: Database) {
  return db
    .select({
      id: firms.id,
      name: firms.name,
      nameEn: firms.nameEn,
      creditCode: firms.creditCode,
      park: refColumns(parks),
      tags: firms.tags,
      revenueBand: firms.revenueBand,
      revenueYi: firms.revenueYi,
      foundedYear: firms.foundedYear,
      employees: firms.employees,
      withdrawnAt: firms.withdrawnAt,
      withdrawalReason: firms.withdrawalReason,
      ...editableColumns(firms),
    })
    .from(firms)
    .leftJoin(parks, eq(firms.parkId, parks.id))
    .$dynamic();
}

export type FirmRow = Awaited<ReturnType<typeof selectFirms>>[number];

const sortColumns = {
  name: textOrder(firms.nameSortKey),
  revenue: firms.revenueYi,
  founded: firms.foundedYear,
  employees: firms.employees,
} satisfies Record<FirmSort, unknown>;

/** One page of the firms matching the query, and how many match in all. */
export async function findFirms(db: Database, query: FirmListQuery) {
  const where = and(
    containsText(query.q, firms.name, firms.nameEn, firms.creditCode),
    query.chain
      ? inArray(
          firms.id,
          db
            .select({ id: firmChains.firmId })
            .from(firmChains)
            .where(eq(firmChains.chainId, query.chain)),
        )
      : undefined,
    query.park ? eq(firms.parkId, query.park) : undefined,
    query.tag ? arrayContains(firms.tags, [query.tag]) : undefined,
    query.band ? eq(firms.revenueBand, query.band) : undefined,
    withdrawnWhere(firms.withdrawnAt, query.withdrawn),
  );
  return findPage(
    selectFirms(db).where(where),
    db.$count(firms, where),
    sortColumns[query.sort],
    firms.id,
    query,
  );
}

/** What a firm's page shows besides the firm itself, in one round of queries. */
export function loadFirmSections(db: Database, firmId: number, clock: SupervisionClock) {
  const { asOf } = clock;
  return Promise.all([
    db
      .select({
        id: chainLinks.id,
        name: chainLinks.name,
        nameEn: chainLinks.nameEn,
        strength: chainLinks.strength,
        chain: refColumns(chains),
        segment: {
          id: chainSegments.id,
          position: chainSegments.position,
          name: chainSegments.name,
          nameEn: chainSegments.nameEn,
        },
      })
      .from(chainLinkFirms)
      .innerJoin(chainLinks, eq(chainLinkFirms.linkId, chainLinks.id))
      .innerJoin(chainSegments, eq(chainLinks.segmentId, chainSegments.id))
      .innerJoin(chains, eq(chainLinks.chainId, chains.id))
      .where(
        and(
          eq(chainLinkFirms.firmId, firmId),
          isNull(chainLinks.withdrawnAt),
          isNull(chainSegments.withdrawnAt),
        ),
      )
      .orderBy(
        asc(chains.sortOrder),
        asc(chains.id),
        asc(chainSegments.sortOrder),
        asc(chainSegments.id),
        asc(chainLinks.sortOrder),
        asc(chainLinks.id),
      ),
    db
      .select({
        chain: refColumns(chains),
        reason: chainLeaderFirms.reason,
        designatedOn: chainLeaderFirms.designatedOn,
      })
      .from(chainLeaderFirms)
      .innerJoin(chains, eq(chainLeaderFirms.chainId, chains.id))
      .where(eq(chainLeaderFirms.firmId, firmId))
      .orderBy(asc(chains.sortOrder), asc(chains.id)),
    selectProjects(db, asOf)
      .where(and(eq(projects.firmId, firmId), isNull(projects.withdrawnAt)))
      .orderBy(desc(projects.signedOn), asc(projects.id)),
    aggregateRow(
      db
        .select(problemCountColumns(asOf))
        .from(problems)
        .where(and(eq(problems.firmId, firmId), isNull(problems.withdrawnAt))),
    ),
    selectProblems(db, clock)
      .where(and(eq(problems.firmId, firmId), isNull(problems.withdrawnAt)))
      .orderBy(desc(problems.raisedOn), desc(problems.id))
      .limit(RECENT_PROBLEMS),
  ]);
}

/** The firms of one page of the query, with their chains: what the list and the export show. */
export async function findFirmItems(db: Database, query: FirmListQuery) {
  const { rows, total } = await findFirms(db, query);
  const chainsByFirm = await chainRefsOf(
    db,
    firmChainLink,
    rows.map((row) => row.id),
  );
  const items = rows.map((row) => toFirmListItem(row, chainsByFirm.get(row.id) ?? []));
  return { items, total };
}

export function toFirmListItem(row: FirmRow, chains: NamedRef[]): FirmListItem {
  return {
    id: row.id,
    name: row.name,
    nameEn: row.nameEn,
    creditCode: row.creditCode,
    park: row.park,
    chains,
    tags: row.tags,
    revenueBand: row.revenueBand,
    revenueYi: row.revenueYi,
    foundedYear: row.foundedYear,
    employees: row.employees,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    withdrawalReason: row.withdrawalReason,
  };
}
