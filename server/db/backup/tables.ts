import { getTableName, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Transaction } from '../../app/writes/transaction';
import type { Database } from '../database';
import { allTables } from '../all-tables';
import { idempotencyKeys, loginAttempts, sessions } from '../schema';
import { BackupError, schemaLevelSchema, type SchemaLevel } from './format';

/**
 * Left out of a backup: live sign-ins, sign-in attempts (only there to slow down password
 * guessing) and stored answers to retried creates all belong to the running instance and
 * expire within hours. Everything else — users with their password hashes, the whole audit
 * trail — is kept.
 */
export const tablesLeftOut: PgTable[] = [sessions, loginAttempts, idempotencyKeys];

/** The database or a transaction on it. */
export type Queryable = Database | Transaction;

export interface BackupTableSpec {
  table: PgTable;
  name: string;
  columns: PgColumn[];
  primaryKey: PgColumn[];
  /** Filled by `serial`/`bigserial`: set past the restored ids so new rows get fresh ones. */
  serialColumns: PgColumn[];
}

function specOf(table: PgTable): BackupTableSpec {
  const config = getTableConfig(table);
  const primaryKey =
    config.primaryKeys[0]?.columns ?? config.columns.filter((column) => column.primary);
  if (primaryKey.length === 0) throw new Error(`Table ${config.name} has no primary key`);
  return {
    table,
    name: config.name,
    columns: config.columns,
    primaryKey,
    serialColumns: config.columns.filter((column) => column.getSQLType().includes('serial')),
  };
}

/** Parents before children, so every foreign key of a restored row finds its target. */
function dependencyOrder(tables: PgTable[]): PgTable[] {
  const ordered: PgTable[] = [];
  const visit = (table: PgTable) => {
    if (ordered.includes(table)) return;
    for (const foreignKey of getTableConfig(table).foreignKeys) {
      const parent = foreignKey.reference().foreignTable;
      if (parent !== table && tables.includes(parent)) visit(parent);
    }
    ordered.push(table);
  };
  // Alphabetical first, so the order does not depend on how the schema file is arranged.
  for (const table of [...tables].sort((a, b) => getTableName(a).localeCompare(getTableName(b))))
    visit(table);
  return ordered;
}

/** Every table a backup holds, in restore order. */
export const backupTables: BackupTableSpec[] = dependencyOrder(
  allTables.filter((table) => !tablesLeftOut.includes(table)),
).map(specOf);

// PostgreSQL's bigint `created_at` is text on node-postgres and a number on PGlite.
const appliedMigrationsSchema = z.array(
  schemaLevelSchema.extend({ migratedAt: z.coerce.number().int() }),
);

/** The last migration applied to `db`: a backup restores only into the same schema level. */
export async function readSchemaLevel(db: Queryable): Promise<SchemaLevel> {
  const [record] = await rowsOf(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as "present"`,
    z.array(z.object({ present: z.boolean() })),
  );
  const [level] = record?.present
    ? await rowsOf(
        db,
        sql`select hash, created_at as "migratedAt" from drizzle.__drizzle_migrations order by created_at desc limit 1`,
        appliedMigrationsSchema,
      )
    : [];
  if (!level) throw new BackupError('The database has no Chainboard tables: nothing was migrated');
  return level;
}

/** The rows of a hand-written query, checked: both drivers answer `{ rows }`. */
export async function rowsOf<Rows extends z.ZodType>(
  db: Queryable,
  query: SQL,
  rows: Rows,
): Promise<z.output<Rows>> {
  const result = z.object({ rows: z.unknown() }).parse(await db.execute(query));
  return rows.parse(result.rows);
}
