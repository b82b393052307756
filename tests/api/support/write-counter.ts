import { sql } from 'drizzle-orm';
import type { TestApi } from './api';
import { sqlRows } from './api';

/*
 * A count of every row written to the test database, kept by triggers on all its tables. Reading
 * it costs one row; comparing whole tables after each of thousands of fuzzed requests cost more
 * than the requests themselves. When the count has not moved, no table has changed.
 */

const counterTable = 'test_row_writes';

/** Installs the triggers; the count starts at 0. Call once per test database. */
export async function countRowWrites(api: Pick<TestApi, 'db'>): Promise<() => Promise<number>> {
  await api.db.execute(sql.raw(`create table ${counterTable} (written bigint not null)`));
  await api.db.execute(sql.raw(`insert into ${counterTable} values (0)`));
  await api.db.execute(
    sql.raw(`create function note_row_write() returns trigger language plpgsql as $$
      begin
        update ${counterTable} set written = written + 1;
        return null;
      end $$`),
  );
  const tables = await sqlRows(
    api,
    sql`select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE'
          and table_name <> ${counterTable}`,
  );
  for (const { table_name: table } of tables) {
    await api.db.execute(
      sql.raw(`create trigger note_row_write after insert or update or delete on "${String(table)}"
        for each row execute function note_row_write()`),
    );
  }
  return async () => {
    const [row] = await sqlRows(api, sql.raw(`select written from ${counterTable}`));
    return Number(row?.written);
  };
}
