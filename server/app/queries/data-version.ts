import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database';
import { dataVersion } from '../../db/schema';
import type { Transaction } from '../writes/transaction';

const ROW_ID = 1;

/** How many writes have changed the city's data; 0 before the first. */
export async function readDataVersion(db: Database): Promise<number> {
  const [row] = await db
    .select({ version: dataVersion.version })
    .from(dataVersion)
    .where(eq(dataVersion.id, ROW_ID));
  return row?.version ?? 0;
}

/**
 * Counts one more change; the last step of every write's transaction, so the row stays locked
 * (and concurrent writes wait at this point) only from here to the commit. `runWrite` calls it
 * for every edit; anything else that changes the city's data in a running server (an import, a
 * restore) must call it in its own transaction too, or the overview keeps showing the data as it
 * was until the next edit.
 */
export async function raiseDataVersion(tx: Transaction): Promise<void> {
  await tx
    .insert(dataVersion)
    .values({ id: ROW_ID, version: 1 })
    .onConflictDoUpdate({
      target: dataVersion.id,
      set: { version: sql`${dataVersion.version} + 1` },
    });
}
