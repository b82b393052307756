import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { chainLinkFirms, chainLinks, firmChains, firms, parks } from '../../../db/schema';
import { invalidField } from '../../errors';
import type { Transaction } from '../transaction';
import { chainsMustExist, kind, mustExist, nameSortKeyOf, numericId } from './support';

/** A firm's chains live in their own table; they are written with the firm. */
const firmChainIds = {
  async load(tx: Transaction, entityId: string) {
    const rows = await tx
      .select({ chainId: firmChains.chainId })
      .from(firmChains)
      .where(eq(firmChains.firmId, numericId(entityId)))
      .orderBy(firmChains.chainId);
    return { chainIds: rows.map((row) => row.chainId) };
  },
  async store(tx: Transaction, entityId: string, values: Record<string, unknown>) {
    const firmId = numericId(entityId);
    const chainIds = values.chainIds as number[] | undefined;
    if (!chainIds) return;
    await tx.delete(firmChains).where(eq(firmChains.firmId, firmId));
    if (chainIds.length > 0) {
      await tx.insert(firmChains).values(chainIds.map((chainId) => ({ firmId, chainId })));
    }
    // A firm that leaves a chain leaves that chain's links (环节) with it.
    const linksLeft = tx
      .select({ id: chainLinks.id })
      .from(chainLinks)
      .where(chainIds.length > 0 ? notInArray(chainLinks.chainId, chainIds) : undefined);
    await tx
      .delete(chainLinkFirms)
      .where(and(eq(chainLinkFirms.firmId, firmId), inArray(chainLinkFirms.linkId, linksLeft)));
  },
  async storeNew(
    tx: Transaction,
    records: readonly { entityId: string; values: Record<string, unknown> }[],
  ) {
    const rows = records.flatMap(({ entityId, values }) =>
      ((values.chainIds as number[] | undefined) ?? []).map((chainId) => ({
        firmId: numericId(entityId),
        chainId,
      })),
    );
    // Two parameters a row: 10,000 rows stay under PostgreSQL's 65,535 parameters.
    for (let start = 0; start < rows.length; start += 10_000) {
      await tx.insert(firmChains).values(rows.slice(start, start + 10_000));
    }
  },
};

const hasHighTechTag = (tags: unknown) => Array.isArray(tags) && tags.includes('high_tech');

/** The high-tech year and revenue belong to a firm with the `high_tech` tag. */
function checkHighTech(values: Record<string, unknown>) {
  if (values.tags === undefined || hasHighTechTag(values.tags)) {
    const { highTechRevenueYi, revenueYi } = values;
    if (
      typeof highTechRevenueYi === 'number' &&
      typeof revenueYi === 'number' &&
      highTechRevenueYi > revenueYi
    ) {
      throw invalidField('highTechRevenueYi', 'must not be more than the revenue');
    }
    return;
  }
  for (const field of ['highTechSince', 'highTechRevenueYi'] as const) {
    if (values[field] != null) throw invalidField(field, 'is only for a firm tagged high_tech');
  }
}

/**
 * A form or an import that does not know the high-tech year and revenue may still drop the tag:
 * they go with it, so "high-tech firms" are always the tagged ones.
 */
function highTechDropped(own: Record<string, unknown>) {
  return own.tags !== undefined && !hasHighTechTag(own.tags)
    ? { highTechSince: null, highTechRevenueYi: null }
    : {};
}

/**
 * A firm, written by its form and by imports. It may work in several chains; the audit trail
 * files it under its first one. A change (a revert too) needs every chain it is in before and
 * after; one in no chain is for administrators. Leaving a chain drops its links in that chain
 * (a revert puts the firm back into the chain, not into those links). Withdrawn (迁出 / 注销)
 * with `withdrawalReason`, it stays on record and leaves the lists.
 */
export const firmKind = kind({
  type: 'firm',
  table: firms,
  derive: (own) => ({ ...nameSortKeyOf(own), ...highTechDropped(own) }),
  where: (entityId) => eq(firms.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  async chainIdOf(row, tx) {
    const [first] = await tx
      .select({ chainId: firmChains.chainId })
      .from(firmChains)
      .where(eq(firmChains.firmId, row.id))
      .orderBy(firmChains.chainId)
      .limit(1);
    return first?.chainId ?? null;
  },
  chainIdsOf: (snapshot) => (snapshot.chainIds as number[] | undefined) ?? [],
  identity: ['id'],
  fields: [
    'name',
    'nameEn',
    'creditCode',
    'parkId',
    'revenueBand',
    'revenueYi',
    'tags',
    'foundedYear',
    'employees',
    'highTechSince',
    'highTechRevenueYi',
    'withdrawalReason',
    'withdrawnAt',
  ],
  related: firmChainIds,
  async check({ tx }, values) {
    await mustExist(tx, parks, 'parkId', values.parkId, 'names no park');
    await chainsMustExist(tx, 'chainIds', values.chainIds);
    checkHighTech(values);
  },
});
