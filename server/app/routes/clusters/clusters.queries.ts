import { and, eq, inArray } from 'drizzle-orm';
import type { Cluster, ClusterListQuery, ClusterSort } from '../../../contract/clusters';
import type { Database } from '../../../db/database';
import { clusterChains, clusters } from '../../../db/schema';
import type { ChainLinkTable } from '../../queries/chain-refs';
import { editableColumns } from '../../queries/editable';
import { findPage } from '../../queries/paging';
import { containsText, textOrder } from '../../queries/sql';

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
    .select({ ...clusterColumns, ...editableColumns(clusters) })
    .from(clusters)
    .$dynamic();
}

export type ClusterRow = Awaited<ReturnType<typeof selectClusters>>[number];

const sortColumns = {
  name: textOrder(clusters.name),
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
