import { eq } from 'drizzle-orm';
import { firmChains, firms } from '../../../db/schema';
import type { Transaction } from '../transaction';
import { kind, numericId } from './support';

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

/**
 * A firm, written by imports. It may work in several chains; the audit trail files it under its
 * first one. A change (a revert too) needs every chain it is in before and after.
 */
export const firmKind = kind({
  type: 'firm',
  table: firms,
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
  ],
  related: firmChainIds,
});
