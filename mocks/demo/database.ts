import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { Database } from '@server/db/database';
import * as schema from '@server/db/schema';
import sampleSnapshotUrl from '../../.demo/sample-city.tar.gz?url';
import { loadedSnapshotKey } from './reset';

const dataDir = 'chainboard-demo';
// Emscripten's IndexedDB file system names its database after the mount point.
const indexedDbName = `/pglite/${dataDir}`;

/**
 * The demo's database: PGlite persisted in this browser's IndexedDB. The first visit (or the
 * first after a reset or a new build) loads the sample city's snapshot prepared at build time;
 * later visits reopen the stored copy with every edit made since.
 */
export async function openDemoDatabase(): Promise<Database> {
  if (localStorage.getItem(loadedSnapshotKey) === sampleSnapshotUrl) {
    return drizzle({ client: new PGlite(`idb://${dataDir}`), schema });
  }
  await deleteIndexedDb(indexedDbName);
  const snapshot = await fetch(sampleSnapshotUrl);
  if (!snapshot.ok)
    throw new Error(`The demo's sample database could not be loaded (${snapshot.status})`);
  const client = new PGlite(`idb://${dataDir}`, { loadDataDir: await snapshot.blob() });
  await client.waitReady;
  // Written to IndexedDB now, not at the first write, so a reload right away finds it.
  await client.syncToFs();
  localStorage.setItem(loadedSnapshotKey, sampleSnapshotUrl);
  return drizzle({ client, schema });
}

function deleteIndexedDb(name: string) {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
  });
}
