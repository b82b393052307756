import type { Database } from '../../../db/database';
import { readDataVersion } from '../../queries/data-version';
import { loadOverviewData, type OverviewData } from './overview.queries';

/*
 * The overview aggregates every firm, project and problem of the city: tens of milliseconds of
 * database work at city scale, the same for every reader until something is written. Its data is
 * kept per database and city day, under the data version read before the data: a write commits
 * a higher version, so the next request after it (on this server or any other on the same
 * database) loads the data anew. The data read may be newer than its version, never older.
 */

interface Kept {
  key: string;
  /** Shared by the requests that arrive while it loads: one load per version and day. */
  data: Promise<OverviewData>;
}

const keptByDatabase = new WeakMap<Database, Kept>();

export async function overviewData(db: Database, asOf: string): Promise<OverviewData> {
  const key = `${await readDataVersion(db)} ${asOf}`;
  const kept = keptByDatabase.get(db);
  if (kept?.key === key) return kept.data;
  const loading: Kept = { key, data: loadOverviewData(db, asOf) };
  keptByDatabase.set(db, loading);
  // A failed load (the database away) is not kept: the next request tries again.
  loading.data.catch(() => {
    if (keptByDatabase.get(db) === loading) keptByDatabase.delete(db);
  });
  return loading.data;
}
