import { sql } from 'drizzle-orm';
import { allTables } from './all-tables';
import type { Database } from './database';
import { fillNameSortKeys } from './fill-name-sort-keys';
import { ensureAdministrators, type AdministratorPasswords } from './bootstrap-admin';
import { applyMigrations, type OpenDatabase } from './open';
import { loadSampleCity } from './sample';

export interface PrepareResult {
  sampleLoaded: boolean;
}

/**
 * Brings a database up to date for serving: migrations always, the sample city only into an
 * empty database (so a restart never loads it twice), all under the setup lock.
 */
export async function prepareDatabase(
  opened: OpenDatabase,
  options: {
    sampleData: boolean;
    today: string;
    /** For the first administrators; a generated one is printed for each absent. */
    administratorPasswords?: AdministratorPasswords;
    log?: (line: string) => void;
  },
): Promise<PrepareResult> {
  return opened.withSetupLock(async () => {
    await applyMigrations(opened);
    await fillNameSortKeys(opened.db);
    const sampleLoaded = options.sampleData && (await isEmpty(opened.db));
    if (sampleLoaded) await loadSampleCity(opened.db, { today: options.today });
    await ensureAdministrators(opened.db, {
      passwords: options.administratorPasswords ?? {},
      // The sample city is for a first look; a real city's administrators choose their own.
      mustChangePassword: !options.sampleData,
      log: options.log ?? ((line) => console.log(line)),
    });
    return { sampleLoaded };
  });
}

/** Not one row in any table: any record at all means the city is someone's, never the sample's. */
export async function isEmpty(db: Database): Promise<boolean> {
  const anyRows = sql.join(
    allTables.map((table) => sql`exists (select 1 from ${table})`),
    sql` or `,
  );
  const [row] = await db
    .select({ taken: sql<boolean>`${anyRows}`.mapWith(Boolean) })
    .from(sql`(select 1) as probe`);
  return row?.taken === false;
}

/** Drops every table and the migration record: the next prepare starts from nothing. */
export async function dropEverything(db: Database): Promise<void> {
  await db.execute(sql`drop schema if exists public cascade`);
  await db.execute(sql`drop schema if exists drizzle cascade`);
  await db.execute(sql`create schema public`);
}
