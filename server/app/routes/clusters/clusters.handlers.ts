import { eq } from 'drizzle-orm';
import { clusters } from '../../../db/schema';
import type { AppRouteHandler } from '../../context';
import { notFound } from '../../errors';
import { chainRefsOf } from '../../queries/chain-refs';
import { editableFields } from '../../queries/editable';
import { toPage } from '../../queries/paging';
import { firstRow } from '../../queries/sql';
import {
  clusterChainLink,
  findClusterItems,
  loadClusterAssessments,
  selectClusters,
  toCluster,
} from './clusters.queries';
import type * as routes from './clusters.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const query = c.req.valid('query');
  const { items, total } = await findClusterItems(c.var.db, query);
  return c.json(toPage(items, total, query), 200);
};

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const { id } = c.req.valid('param');
  const [cluster, chainsByCluster, assessments] = await Promise.all([
    firstRow(selectClusters(c.var.db).where(eq(clusters.id, id))),
    chainRefsOf(c.var.db, clusterChainLink, [id]),
    loadClusterAssessments(c.var.db, id),
  ]);
  if (!cluster) throw notFound('Cluster');
  return c.json(
    {
      ...toCluster(cluster),
      chains: chainsByCluster.get(id) ?? [],
      withdrawnAt: cluster.withdrawnAt?.toISOString() ?? null,
      ...editableFields(cluster),
      assessments,
    },
    200,
  );
};
