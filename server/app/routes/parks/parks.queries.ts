import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type {
  HostedChain,
  Park,
  ParkListItem,
  ParkListQuery,
  ParkSort,
} from '../../../contract/parks';
import type { Database } from '../../../db/database';
import { chains, firms, parkChains, parks, projects } from '../../../db/schema';
import { editableColumns } from '../../queries/editable';
import { groupBy } from '../../queries/group';
import { findPage } from '../../queries/paging';
import { selectProjects } from '../../queries/projects';
import { refColumns } from '../../queries/refs';
import { aggregateRow, containsText, sumAmount, textOrder } from '../../queries/sql';
import { withdrawnWhere } from '../../queries/withdrawn';

/** Parks with how many firms and projects each has; add where / order / limit. */
export function selectParks(db: Database) {
  return db
    .select({
      id: parks.id,
      name: parks.name,
      nameEn: parks.nameEn,
      district: parks.district,
      isSpecialty: parks.isSpecialty,
      areaKm2: parks.areaKm2,
      occupancyRate: parks.occupancyRate,
      outputYi: parks.outputYi,
      withdrawnAt: parks.withdrawnAt,
      // Firms that moved out or were deregistered no longer count.
      firmCount: db.$count(firms, and(eq(firms.parkId, parks.id), isNull(firms.withdrawnAt))),
      projectCount: db.$count(projects, eq(projects.parkId, parks.id)),
      ...editableColumns(parks),
    })
    .from(parks)
    .$dynamic();
}

export type ParkRow = Awaited<ReturnType<typeof selectParks>>[number];

const sortColumns = {
  name: textOrder(parks.nameSortKey),
  output: parks.outputYi,
  occupancy: parks.occupancyRate,
} satisfies Record<ParkSort, unknown>;

export async function findParks(db: Database, query: ParkListQuery) {
  const where = and(
    containsText(query.q, parks.name, parks.nameEn),
    query.district ? eq(parks.district, query.district) : undefined,
    query.chain
      ? inArray(
          parks.id,
          db
            .select({ id: parkChains.parkId })
            .from(parkChains)
            .where(eq(parkChains.chainId, query.chain)),
        )
      : undefined,
    query.specialty === undefined ? undefined : eq(parks.isSpecialty, query.specialty),
    withdrawnWhere(parks.withdrawnAt, query.withdrawn),
  );
  return findPage(
    selectParks(db).where(where),
    db.$count(parks, where),
    sortColumns[query.sort],
    parks.id,
    query,
  );
}

/** The chains each park hosts, main ones first, in one query. */
export async function hostedChainsOf(
  db: Database,
  parkIds: readonly number[],
): Promise<Map<number, HostedChain[]>> {
  if (parkIds.length === 0) return new Map();
  const rows = await db
    .select({ parkId: parkChains.parkId, ...refColumns(chains), isMain: parkChains.isMain })
    .from(parkChains)
    .innerJoin(chains, eq(parkChains.chainId, chains.id))
    .where(inArray(parkChains.parkId, [...parkIds]))
    .orderBy(desc(parkChains.isMain), asc(chains.sortOrder), asc(chains.id));
  const groups = groupBy(rows, (row) => row.parkId);
  return new Map(
    [...groups].map(([parkId, group]) => [
      parkId,
      group.map(({ id, name, nameEn, isMain }) => ({ id, name, nameEn, isMain })),
    ]),
  );
}

/** A park's projects and their total investment. */
export function loadParkProjects(db: Database, parkId: number, asOf: string) {
  return Promise.all([
    selectProjects(db, asOf)
      .where(and(eq(projects.parkId, parkId), isNull(projects.withdrawnAt)))
      .orderBy(desc(projects.signedOn), asc(projects.id)),
    aggregateRow(
      db
        .select({ count: count(), investmentYi: sumAmount(projects.investmentYi) })
        .from(projects)
        .where(and(eq(projects.parkId, parkId), isNull(projects.withdrawnAt))),
    ),
  ]);
}

export function toPark(row: ParkRow): Park {
  return {
    id: row.id,
    name: row.name,
    nameEn: row.nameEn,
    district: row.district,
    isSpecialty: row.isSpecialty,
    areaKm2: row.areaKm2,
    occupancyRate: row.occupancyRate,
    outputYi: row.outputYi,
  };
}

/** The parks of one page of the query, with their chains: what the list and the export show. */
export async function findParkItems(db: Database, query: ParkListQuery) {
  const { rows, total } = await findParks(db, query);
  const chainsByPark = await hostedChainsOf(
    db,
    rows.map((row) => row.id),
  );
  const items: ParkListItem[] = rows.map((row) => ({
    ...toPark(row),
    chains: chainsByPark.get(row.id) ?? [],
    firmCount: row.firmCount,
    projectCount: row.projectCount,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  }));
  return { items, total };
}
