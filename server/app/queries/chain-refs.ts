import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { NamedRef } from '../../contract/common';
import type { Database } from '../../db/database';
import { chains } from '../../db/schema';
import { groupBy } from './group';
import { refColumns } from './refs';

/** A table linking records to chains, such as firm_chains or cluster_chains. */
export interface ChainLinkTable {
  table: PgTable;
  ownerId: AnyPgColumn;
  chainId: AnyPgColumn;
}

/** The chains of each of `ownerIds`, in chain display order, in one query. */
export async function chainRefsOf(
  db: Database,
  link: ChainLinkTable,
  ownerIds: readonly number[],
): Promise<Map<number, NamedRef[]>> {
  if (ownerIds.length === 0) return new Map();
  const rows = await db
    .select({ ownerId: sql<number>`${link.ownerId}`, chain: refColumns(chains) })
    .from(link.table)
    .innerJoin(chains, eq(link.chainId, chains.id))
    .where(inArray(link.ownerId, [...ownerIds]))
    .orderBy(asc(chains.sortOrder), asc(chains.id));
  const groups = groupBy(rows, (row) => row.ownerId);
  return new Map([...groups].map(([ownerId, group]) => [ownerId, group.map((row) => row.chain)]));
}
