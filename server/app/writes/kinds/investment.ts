import { asc, eq, inArray } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  campaignChains,
  campaigns,
  chainLinks,
  supplyItems,
  targetFirmChains,
  targetFirmLinks,
  targetFirms,
} from '../../../db/schema';
import { invalidField } from '../../errors';
import type { RelatedValues } from '../entity';
import type { Transaction } from '../transaction';
import { linkOfChain } from './chain-links';
import { chainsMustExist, kind, mustExist, nameSortKeyOf, numericId } from './support';

/** Ids kept in a table of (owner, id) pairs, written as a list with the owner. */
export function idList(
  table: PgTable,
  ownerColumn: AnyPgColumn,
  idColumn: AnyPgColumn,
  field: string,
  ownerKey: string,
  idKey: string,
) {
  return {
    async load(tx: Transaction, entityId: string) {
      const rows = await tx
        .select({ id: idColumn })
        .from(table)
        .where(eq(ownerColumn, numericId(entityId)))
        .orderBy(asc(idColumn));
      return { [field]: rows.map((row) => row.id as number) };
    },
    async store(tx: Transaction, entityId: string, values: Record<string, unknown>) {
      const ids = values[field] as number[] | undefined;
      if (!ids) return;
      const ownerId = numericId(entityId);
      await tx.delete(table).where(eq(ownerColumn, ownerId));
      if (ids.length > 0) {
        await tx.insert(table).values(ids.map((id) => ({ [ownerKey]: ownerId, [idKey]: id })));
      }
    },
  };
}

/** Both lists of a target firm: its chains and its links. */
export function bothLists(first: RelatedValues, second: RelatedValues): RelatedValues {
  return {
    async load(tx, entityId) {
      return { ...(await first.load(tx, entityId)), ...(await second.load(tx, entityId)) };
    },
    async store(tx, entityId, values) {
      await first.store(tx, entityId, values);
      await second.store(tx, entityId, values);
    },
  };
}

/** The first of a record's chains, which files it in the audit trail. */
export async function firstChain(
  tx: Transaction,
  table: PgTable,
  owner: AnyPgColumn,
  chain: AnyPgColumn,
  id: number,
) {
  const [first] = await tx
    .select({ chainId: chain })
    .from(table)
    .where(eq(owner, id))
    .orderBy(asc(chain))
    .limit(1);
  return (first?.chainId as number | undefined) ?? null;
}

const snapshotChains = (snapshot: Record<string, unknown>) =>
  (snapshot.chainIds as number[] | undefined) ?? [];

/**
 * 招商目标企业: a firm outside the city courted for links of one or more chains. Like a firm, a
 * change needs every chain it is in before and after.
 */
export const targetFirmKind = kind({
  type: 'target_firm',
  table: targetFirms,
  derive: nameSortKeyOf,
  where: (entityId) => eq(targetFirms.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row, tx) =>
    firstChain(
      tx,
      targetFirmChains,
      targetFirmChains.targetFirmId,
      targetFirmChains.chainId,
      row.id,
    ),
  chainIdsOf: snapshotChains,
  identity: ['id'],
  fields: [
    'name',
    'nameEn',
    'creditCode',
    'hqProvince',
    'hqCity',
    'products',
    'size',
    'source',
    'supplyItemId',
    'withdrawnAt',
  ],
  related: bothLists(
    idList(
      targetFirmChains,
      targetFirmChains.targetFirmId,
      targetFirmChains.chainId,
      'chainIds',
      'targetFirmId',
      'chainId',
    ),
    idList(
      targetFirmLinks,
      targetFirmLinks.targetFirmId,
      targetFirmLinks.linkId,
      'linkIds',
      'targetFirmId',
      'linkId',
    ),
  ),
  async check({ tx }, values) {
    await chainsMustExist(tx, 'chainIds', values.chainIds);
    await mustExist(tx, supplyItems, 'supplyItemId', values.supplyItemId, 'names no supply item');
    const linkIds = values.linkIds as number[] | undefined;
    const chainIds = values.chainIds as number[] | undefined;
    if (!linkIds || linkIds.length === 0 || !chainIds) return;
    const links = await tx
      .select({ chainId: chainLinks.chainId })
      .from(chainLinks)
      .where(inArray(chainLinks.id, linkIds));
    if (links.length !== linkIds.length || links.some((link) => !chainIds.includes(link.chainId))) {
      throw invalidField('linkIds', 'names a link that is not of the chains listed');
    }
  },
});

/** 招商活动: a campaign for one or more chains; a change needs all of them. */
export const campaignKind = kind({
  type: 'campaign',
  table: campaigns,
  where: (entityId) => eq(campaigns.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row, tx) =>
    firstChain(tx, campaignChains, campaignChains.campaignId, campaignChains.chainId, row.id),
  chainIdsOf: snapshotChains,
  identity: ['id'],
  fields: ['name', 'nameEn', 'city', 'cityEn', 'startsOn', 'endsOn', 'note', 'withdrawnAt'],
  related: idList(
    campaignChains,
    campaignChains.campaignId,
    campaignChains.chainId,
    'chainIds',
    'campaignId',
    'chainId',
  ),
  async check({ tx }, values) {
    await chainsMustExist(tx, 'chainIds', values.chainIds);
  },
});

/** 链主供需清单: one item the chain leader buys, by link of its chain. */
export const supplyItemKind = kind({
  type: 'supply_item',
  table: supplyItems,
  where: (entityId) => eq(supplyItems.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.chainId,
  identity: ['id', 'chainId'],
  fields: [
    'linkId',
    'item',
    'itemEn',
    'annualPurchaseYi',
    'localSharePercent',
    'outsideSuppliers',
    'withdrawnAt',
  ],
  async check({ tx }, values, { chainId, row }) {
    await linkOfChain(tx, 'linkId', values.linkId, chainId, row?.linkId !== values.linkId);
  },
});
