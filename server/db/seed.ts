import { getTableName, sql } from 'drizzle-orm';
import { cityDay } from '../contract/city-time';
import { readEnv } from '../env';
import { applyMigrations, databaseTarget, openDatabase } from './open';
import { allTables } from './all-tables';
import { dropEverything, isEmpty } from './prepare';
import { loadSampleCity } from './sample';
import { parseSeedOptions, type SeedOptions } from './seed-options';

/**
 * `npm run db:seed -- --scale N [--reset]`: the sample city N times over, with a year of audit
 * history, in the database the server would open (DATABASE_URL, else PGlite in DATA_DIR).
 */
let options: SeedOptions;
try {
  options = parseSeedOptions(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const opened = await openDatabase(databaseTarget(readEnv()));
const started = performance.now();
try {
  await opened.withSetupLock(async () => {
    if (options.reset) await dropEverything(opened.db);
    await applyMigrations(opened);
    if (!(await isEmpty(opened.db))) {
      throw new Error('The database already has data: add --reset to drop it and seed anew.');
    }
    await loadSampleCity(opened.db, { today: cityDay(new Date()), scale: options.scale });
  });
  for (const table of allTables) {
    const [row] = await opened.db
      .select({ rows: sql<number>`count(*)`.mapWith(Number) })
      .from(table);
    console.log(`${getTableName(table).padEnd(24)} ${row?.rows ?? 0}`);
  }
  console.log(
    `Seeded the sample city ×${options.scale} in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await opened.close();
}
