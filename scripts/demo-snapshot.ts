import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { cityDay } from '../server/contract/city-time';
import { openDatabase } from '../server/db/open';
import { prepareDatabase } from '../server/db/prepare';
import { newestChange } from './newest-change';

/*
 * The server-free demo's starting database: PGlite migrated and loaded with the sample city (and
 * the demo's admin), dumped as a gzip tarball that the browser loads on its first visit instead of
 * running the migrations and the seed itself. Rebuilt only when the database code changed.
 */
const demoSnapshotFile = '.demo/sample-city.tar.gz';
/** Published in the README: the demo holds only sample data and lives in one browser. */
const DEMO_ADMIN_PASSWORD = 'chainboard-demo';

if (newestChange('server/db') > newestChange(demoSnapshotFile)) {
  const started = performance.now();
  const opened = await openDatabase({ engine: 'pglite-memory' });
  await prepareDatabase(opened, {
    sampleData: true,
    today: cityDay(new Date()),
    administratorPasswords: { admin: DEMO_ADMIN_PASSWORD },
    log: () => undefined,
  });
  const client = (opened.db as unknown as { $client: PGlite }).$client;
  const dump = await client.dumpDataDir('gzip');
  mkdirSync(dirname(demoSnapshotFile), { recursive: true });
  writeFileSync(demoSnapshotFile, Buffer.from(await dump.arrayBuffer()));
  await opened.close();
  console.log(
    `Demo snapshot ${demoSnapshotFile}: ${(dump.size / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms`,
  );
}
