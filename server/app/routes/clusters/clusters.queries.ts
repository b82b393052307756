import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type {
  Cluster,
  ClusterAssessment,
  ClusterListItem,
  ClusterListQuery,
  ClusterSort,
} from '../../../contract/clusters';
import type { Database } from '../../../db/database';
import { clusterAssessments, clusterChains, clusters } from '../../../db/schema';
import { chainRefsOf, type ChainLinkTable } from '../../queries/chain-refs';
import { editableColumns, editableFields, editableRowColumns } from '../../queries/editable';
import { findPage } from '../../queries/paging';
import { containsText, textOrder } from '../../queries/sql';
import { withdrawnWhere } from '../../queries/withdrawn';

export const clusterChainLink: ChainLinkTable = {
  table: clusterChains,
  ownerId: clusterChains.clusterId,
  chainId: clusterChains.chainId,
};

/** What a cluster shows wherever it is listed. */
export const clusterColumns = {
  id: clusters.id,
  name: clusters.name,
  nameEn: clusters.nameEn,
  level: clusters.level,
  status: clusters.status,
  recognisedOn: clusters.recognisedOn,
  recognisedBy: clusters.recognisedBy,
  description: clusters.description,
};

export function selectClusters(db: Database) {
  return db
    .select({
      ...clusterColumns,
      withdrawnAt: clusters.withdrawnAt,
      ...editableColumns(clusters),
    })
    .from(clusters)
    .$dynamic();
}

export type ClusterRow = Awaited<ReturnType<typeof selectClusters>>[number];

const sortColumns = {
  name: textOrder(clusters.nameSortKey),
  // A PostgreSQL enum sorts in declaration order: national, provincial, SME-feature.
  level: clusters.level,
  recognisedOn: clusters.recognisedOn,
} satisfies Record<ClusterSort, unknown>;

export function findClusters(db: Database, query: ClusterListQuery) {
  const where = and(
    containsText(query.q, clusters.name, clusters.nameEn),
    query.level ? eq(clusters.level, query.level) : undefined,
    query.status ? eq(clusters.status, query.status) : undefined,
    query.chain
      ? inArray(
          clusters.id,
          db
            .select({ id: clusterChains.clusterId })
            .from(clusterChains)
            .where(eq(clusterChains.chainId, query.chain)),
        )
      : undefined,
    withdrawnWhere(clusters.withdrawnAt, query.withdrawn),
  );
  return findPage(
    selectClusters(db).where(where),
    db.$count(clusters, where),
    sortColumns[query.sort],
    clusters.id,
    query,
  );
}

export function toCluster(row: ClusterRow): Cluster {
  return {
    id: row.id,
    name: row.name,
    nameEn: row.nameEn,
    level: row.level,
    status: row.status,
    recognisedOn: row.recognisedOn,
    recognisedBy: row.recognisedBy,
    description: row.description,
  };
}

/** The clusters of one page of the query, with their chains: what the list and the export show. */
export async function findClusterItems(db: Database, query: ClusterListQuery) {
  const { rows, total } = await findClusters(db, query);
  const chainsByCluster = await chainRefsOf(
    db,
    clusterChainLink,
    rows.map((row) => row.id),
  );
  const items: ClusterListItem[] = rows.map((row) => ({
    ...toCluster(row),
    chains: chainsByCluster.get(row.id) ?? [],
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  }));
  return { items, total };
}

/** A cluster's yearly assessments, newest first, withdrawn ones too. */
export async function loadClusterAssessments(
  db: Database,
  clusterId: number,
): Promise<ClusterAssessment[]> {
  const rows = await db
    .select(editableRowColumns(clusterAssessments))
    .from(clusterAssessments)
    .where(eq(clusterAssessments.clusterId, clusterId))
    .orderBy(desc(clusterAssessments.year), asc(clusterAssessments.id));
  return rows.map((row) => ({
    id: row.id,
    clusterId: row.clusterId,
    year: row.year,
    result: row.result,
    note: row.note,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    ...editableFields(row),
  }));
}
