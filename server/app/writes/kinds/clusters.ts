import { asc, eq } from 'drizzle-orm';
import { clusterAssessments, clusterChains, clusters } from '../../../db/schema';
import type { Transaction } from '../transaction';
import { chainsMustExist, kind, nameSortKeyOf, numericId } from './support';

async function chainIdsOfCluster(tx: Transaction, clusterId: number) {
  const rows = await tx
    .select({ chainId: clusterChains.chainId })
    .from(clusterChains)
    .where(eq(clusterChains.clusterId, clusterId))
    .orderBy(asc(clusterChains.chainId));
  return rows.map((row) => row.chainId);
}

/** A cluster's chains live in their own table; they are written with the cluster. */
const clusterChainIds = {
  async load(tx: Transaction, entityId: string) {
    return { chainIds: await chainIdsOfCluster(tx, numericId(entityId)) };
  },
  async store(tx: Transaction, entityId: string, values: Record<string, unknown>) {
    const clusterId = numericId(entityId);
    const chainIds = values.chainIds as number[] | undefined;
    if (!chainIds) return;
    await tx.delete(clusterChains).where(eq(clusterChains.clusterId, clusterId));
    if (chainIds.length > 0) {
      await tx.insert(clusterChains).values(chainIds.map((chainId) => ({ clusterId, chainId })));
    }
  },
};

/**
 * An industrial cluster (产业集群). Like a firm: a change needs the caller's scope on every chain
 * it belongs to before and after; a cluster outside the chains (连接器) is for administrators.
 */
export const clusterKind = kind({
  type: 'cluster',
  table: clusters,
  derive: nameSortKeyOf,
  where: (entityId) => eq(clusters.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  async chainIdOf(row, tx) {
    return (await chainIdsOfCluster(tx, row.id))[0] ?? null;
  },
  chainIdsOf: (snapshot) => (snapshot.chainIds as number[] | undefined) ?? [],
  identity: ['id'],
  fields: [
    'name',
    'nameEn',
    'level',
    'status',
    'recognisedOn',
    'recognisedBy',
    'description',
    'withdrawnAt',
  ],
  related: clusterChainIds,
  async check({ tx }, values) {
    await chainsMustExist(tx, 'chainIds', values.chainIds);
  },
});

/**
 * A cluster's chains, read along with each of its assessments (never written by them): an
 * assessment is changed by whoever may change every chain of its cluster.
 */
const assessmentClusterChains = {
  async load(tx: Transaction, entityId: string) {
    const [row] = await tx
      .select({ clusterId: clusterAssessments.clusterId })
      .from(clusterAssessments)
      .where(eq(clusterAssessments.id, numericId(entityId)));
    return { clusterChainIds: row ? await chainIdsOfCluster(tx, row.clusterId) : [] };
  },
  async store() {},
};

/** 年度评估: a cluster's assessment for a year, a record of its own (created, edited, withdrawn). */
export const clusterAssessmentKind = kind({
  type: 'cluster_assessment',
  table: clusterAssessments,
  where: (entityId) => eq(clusterAssessments.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  async chainIdOf(row, tx) {
    return (await chainIdsOfCluster(tx, row.clusterId))[0] ?? null;
  },
  chainIdsOf: (snapshot) => (snapshot.clusterChainIds as number[] | undefined) ?? [],
  identity: ['id', 'clusterId'],
  fields: ['year', 'result', 'note', 'withdrawnAt'],
  related: assessmentClusterChains,
});

/** The chains of cluster `clusterId`: a new assessment needs every one of them. */
export { chainIdsOfCluster };
