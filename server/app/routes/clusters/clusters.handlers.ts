import { eq } from 'drizzle-orm';
import type { ClusterListItem, ClusterListQuery } from '../../../contract/clusters';
import type { Database } from '../../../db/database';
import { clusters } from '../../../db/schema';
import type { AppRouteHandler } from '../../context';
import { notFound } from '../../errors';
import { chainRefsOf } from '../../queries/chain-refs';
import { editableFields } from '../../queries/editable';
import { toPage } from '../../queries/paging';
import { firstRow } from '../../queries/sql';
import { clusterChainLink, findClusters, selectClusters, toCluster } from './clusters.queries';
import type * as routes from './clusters.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const query = c.req.valid('query');
  const { items, total } = await findClusterItems(c.var.db, query);
  return c.json(toPage(items, total, query), 200);
};

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
  }));
  return { items, total };
}

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const { id } = c.req.valid('param');
  const [cluster, chainsByCluster] = await Promise.all([
    firstRow(selectClusters(c.var.db).where(eq(clusters.id, id))),
    chainRefsOf(c.var.db, clusterChainLink, [id]),
  ]);
  if (!cluster) throw notFound('Cluster');
  return c.json(
    { ...toCluster(cluster), chains: chainsByCluster.get(id) ?? [], ...editableFields(cluster) },
    200,
  );
};
