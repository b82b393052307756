import { eq } from 'drizzle-orm';
import { chainLinks } from '../../../db/schema';
import { invalidField } from '../../errors';
import type { Transaction } from '../transaction';

/**
 * Refuses a `field` that does not name a link of `chainId`; `fresh` (a newly named link) must
 * also not be withdrawn, while a record keeps a link withdrawn after it was named. Answers the
 * link, or undefined when the value is not an id (the field was not sent).
 */
export async function linkOfChain(
  tx: Transaction,
  field: string,
  linkId: unknown,
  chainId: number | null,
  fresh: boolean,
) {
  if (typeof linkId !== 'number') return undefined;
  const [link] = await tx.select().from(chainLinks).where(eq(chainLinks.id, linkId));
  if (!link || link.chainId !== chainId) {
    throw invalidField(field, 'is not a link of this chain');
  }
  if (fresh && link.withdrawnAt) throw invalidField(field, 'names a withdrawn link');
  return link;
}
