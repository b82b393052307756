import { asc } from 'drizzle-orm';
import type { Database } from '../../server/db/database';
import { chains } from '../../server/db/schema';

export interface ChainRef {
  id: number;
  name: string;
  version: number;
}

/** The chains in the order the app lists them, as tests find and name them. */
export function chainsInOrder(db: Database): Promise<ChainRef[]> {
  return db
    .select({ id: chains.id, name: chains.name, version: chains.version })
    .from(chains)
    .orderBy(asc(chains.sortOrder));
}

/** The first chain the app lists: the one most tests look at and edit. */
export async function firstChain(db: Database): Promise<ChainRef> {
  const [first] = await chainsInOrder(db);
  if (!first) throw new Error('the database has no chain');
  return first;
}
