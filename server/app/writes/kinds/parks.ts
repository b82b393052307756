import { asc, eq } from 'drizzle-orm';
import { parkChains, parks } from '../../../db/schema';
import type { Transaction } from '../transaction';
import { chainsMustExist, kind, nameSortKeyOf, numericId } from './support';

interface HostedChain {
  chainId: number;
  isMain: boolean;
}

/** The chains a park hosts (主导 or not) live in their own table; written with the park. */
const parkHostedChains = {
  async load(tx: Transaction, entityId: string) {
    const rows = await tx
      .select({ chainId: parkChains.chainId, isMain: parkChains.isMain })
      .from(parkChains)
      .where(eq(parkChains.parkId, numericId(entityId)))
      .orderBy(asc(parkChains.chainId));
    return { chains: rows };
  },
  async store(tx: Transaction, entityId: string, values: Record<string, unknown>) {
    const parkId = numericId(entityId);
    const chains = values.chains as HostedChain[] | undefined;
    if (!chains) return;
    await tx.delete(parkChains).where(eq(parkChains.parkId, parkId));
    if (chains.length > 0) {
      await tx
        .insert(parkChains)
        .values(chains.map(({ chainId, isMain }) => ({ parkId, chainId, isMain })));
    }
  },
};

/**
 * A park. Like a firm, it may host several chains: a change (a revert too) needs the caller's
 * scope on every chain it hosts before and after, so a task force edits a park hosting only its
 * own chains, and adds a new park only hosting its chains; a park hosting no chain is for
 * administrators.
 */
export const parkKind = kind({
  type: 'park',
  table: parks,
  derive: nameSortKeyOf,
  where: (entityId) => eq(parks.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  async chainIdOf(row, tx) {
    const [first] = await tx
      .select({ chainId: parkChains.chainId })
      .from(parkChains)
      .where(eq(parkChains.parkId, row.id))
      .orderBy(asc(parkChains.chainId))
      .limit(1);
    return first?.chainId ?? null;
  },
  chainIdsOf: (snapshot) =>
    ((snapshot.chains as HostedChain[] | undefined) ?? []).map((chain) => chain.chainId),
  identity: ['id'],
  fields: [
    'name',
    'nameEn',
    'district',
    'isSpecialty',
    'areaKm2',
    'occupancyRate',
    'outputYi',
    'withdrawnAt',
  ],
  related: parkHostedChains,
  async check({ tx }, values) {
    const chains = values.chains as HostedChain[] | undefined;
    await chainsMustExist(
      tx,
      'chains',
      chains?.map((chain) => chain.chainId),
    );
  },
});
