import { isNull, sql } from 'drizzle-orm';
import type { Database } from './database';
import { nameSortKey } from './name-sort-key';
import {
  clusters,
  departments,
  firms,
  parks,
  projects,
  targetFirms,
  techAssistants,
  techSupplies,
} from './schema';

/** The tables whose lists sort by name, each with its pinyin sort key. */
const namedTables = [
  departments,
  parks,
  firms,
  clusters,
  projects,
  targetFirms,
  techSupplies,
  techAssistants,
] as const;

const BATCH_ROWS = 5_000;

/**
 * Gives every named record without a sort key its key: rows written before the key existed (a
 * database migrated from an earlier version, a restored backup of one). Writes keep the key
 * in step from then on, so a start with nothing to fill costs one query a table. Derived data,
 * not a change anyone made: not audited.
 */
export async function fillNameSortKeys(db: Database): Promise<number> {
  let filled = 0;
  for (const table of namedTables) {
    const rows = await db
      .select({ id: table.id, name: table.name })
      .from(table)
      .where(isNull(table.nameSortKey));
    for (let start = 0; start < rows.length; start += BATCH_ROWS) {
      const keyed = rows
        .slice(start, start + BATCH_ROWS)
        .map((row) => ({ id: row.id, key: nameSortKey(row.name) }));
      await db.execute(sql`
        update ${table} set name_sort_key = keyed.key
        from json_to_recordset(${JSON.stringify(keyed)}::json) as keyed(id int, key text)
        where ${table.id} = keyed.id`);
    }
    filled += rows.length;
  }
  return filled;
}
