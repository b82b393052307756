import { sql, type SQL } from 'drizzle-orm';
import { gzipSync } from 'fflate';
import { z } from 'zod';
import type { Database } from '../database';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  ROWS_PER_CHUNK,
  sha256Hex,
  type BackupHeader,
  type BackupSummary,
  type BackupTable,
} from './format';
import {
  backupTables,
  readSchemaLevel,
  rowsOf,
  type BackupTableSpec,
  type Queryable,
} from './tables';

type Row = Record<string, unknown>;

const pageSchema = z.array(
  z.object({ rows: z.array(z.record(z.string(), z.unknown())).nullable() }),
);

/**
 * One page of a table in primary-key order, after the row `after` (keyset paging). PostgreSQL
 * writes the JSON, so both engines give the same text for the same data; numerics go as text,
 * which JSON numbers could round.
 */
function pageQuery(spec: BackupTableSpec, after: Row | undefined): SQL {
  const selected = sql.join(
    spec.columns.map((column) =>
      column.getSQLType().startsWith('numeric')
        ? sql`${sql.identifier(column.name)}::text as ${sql.identifier(column.name)}`
        : sql.identifier(column.name),
    ),
    sql`, `,
  );
  const key = sql.join(
    spec.primaryKey.map((column) => sql.identifier(column.name)),
    sql`, `,
  );
  const where = after
    ? sql`where (${key}) > (${sql.join(
        spec.primaryKey.map((column) => sql`${after[column.name]}`),
        sql`, `,
      )})`
    : sql``;
  return sql`select json_agg(page order by ${key}) as rows from (
    select ${selected} from ${sql.identifier(spec.name)} ${where} order by ${key} limit ${ROWS_PER_CHUNK}
  ) page`;
}

async function tableLines(tx: Queryable, spec: BackupTableSpec) {
  const lines: string[] = [];
  let rows = 0;
  let last: Row | undefined;
  for (;;) {
    const [page] = await rowsOf(tx, pageQuery(spec, last), pageSchema);
    const chunk = page?.rows ?? [];
    if (chunk.length === 0) break;
    lines.push(JSON.stringify({ table: spec.name, rows: chunk }));
    rows += chunk.length;
    last = chunk.at(-1);
    if (chunk.length < ROWS_PER_CHUNK) break;
  }
  return { lines, rows };
}

export interface Backup {
  /** The gzip-compressed file. */
  bytes: Uint8Array;
  summary: BackupSummary;
}

/**
 * A full backup of `db`, built in memory from one consistent snapshot: every table but the
 * ephemeral ones, in primary-key order, so the same data always gives the same lines.
 */
export async function createBackup(db: Database, createdAt: Date): Promise<Backup> {
  const { header, dataLines } = await db.transaction(
    async (tx) => {
      // Timestamps in the JSON then read the same whatever the server's time zone.
      await tx.execute(sql`set local timezone to 'UTC'`);
      // First: a database without the tables gets the clear message, not an SQL error.
      const schema = await readSchemaLevel(tx);
      const tables: BackupTable[] = [];
      const dataLines: string[] = [];
      for (const spec of backupTables) {
        const { lines, rows } = await tableLines(tx, spec);
        const text = lines.map((line) => `${line}\n`).join('');
        tables.push({
          name: spec.name,
          columns: spec.columns.map((column) => column.name),
          rows,
          sha256: await sha256Hex(new TextEncoder().encode(text)),
        });
        dataLines.push(text);
      }
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        createdAt: createdAt.toISOString(),
        schema,
        tables,
      };
      return { header, dataLines };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const bytes = gzipSync(
    new TextEncoder().encode(`${JSON.stringify(header)}\n${dataLines.join('')}`),
  );
  return {
    bytes,
    summary: {
      tables: header.tables.length,
      rows: header.tables.reduce((sum, table) => sum + table.rows, 0),
      bytes: bytes.byteLength,
    },
  };
}
