import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Cluster, ClusterListQuery } from '../../../contract/clusters';
import type { Database } from '../../../db/database';
import { clusterChains, clusters } from '../../../db/schema';
import type { ChainLinkTable } from '../../queries/chain-refs';
import { editableColumns } from '../../queries/editable';
import { textOrder } from '../../queries/sql';

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

export function findClusters(db: Database, query: ClusterListQuery) {
  const where = and(
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
  return selectClusters(db)
    .where(where)
    .orderBy(asc(clusters.level), textOrder(clusters.name), asc(clusters.id));
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
