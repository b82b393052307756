import { eq } from 'drizzle-orm';
import { chains } from '../../db/schema';
import { notFound } from '../errors';
import type { WriteContext } from './entity';

/** Writes under `/chains/{id}/…` answer 404 for a chain that does not exist, before anything else. */
export async function chainMustExist({ tx }: WriteContext, chainId: number): Promise<void> {
  const found = await tx.select({ id: chains.id }).from(chains).where(eq(chains.id, chainId));
  if (found.length === 0) throw notFound('Chain');
}
