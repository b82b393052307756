import { sql } from 'drizzle-orm';
import { gunzipSync } from 'fflate';
import type { Database } from '../database';
import { isEmpty } from '../prepare';
import {
  BACKUP_FORMAT,
  BackupError,
  backupHeaderSchema,
  rowChunkSchema,
  sha256Hex,
  type BackupHeader,
  type BackupSummary,
} from './format';
import { backupTables, readSchemaLevel, type BackupTableSpec } from './tables';

interface CheckedBackup {
  header: BackupHeader;
  /** Each data line's table and its rows as JSON text, in file order. */
  chunks: { spec: BackupTableSpec; rowsJson: string }[];
}

function parseJson(line: string, what: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new BackupError(`The backup is damaged: ${what} is not valid JSON`);
  }
}

function unpack(bytes: Uint8Array): string[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(gunzipSync(bytes));
  } catch {
    throw new BackupError(
      'Not a Chainboard backup, or a damaged one: it is not a complete gzip file',
    );
  }
  if (!text.endsWith('\n')) throw new BackupError('The backup is damaged: it is cut short');
  return text.slice(0, -1).split('\n');
}

function checkHeader(line: string | undefined): BackupHeader {
  let raw: unknown;
  try {
    raw = JSON.parse(line ?? '');
  } catch {
    raw = undefined;
  }
  if ((raw as { format?: unknown } | undefined)?.format !== BACKUP_FORMAT) {
    throw new BackupError(
      `Not a Chainboard backup: the first line does not say "${BACKUP_FORMAT}"`,
    );
  }
  const parsed = backupHeaderSchema.safeParse(raw);
  if (!parsed.success) {
    throw new BackupError(
      `The backup header is not one this version reads (format version 1): ${parsed.error.issues
        .map((issue) => issue.path.join('.') || issue.message)
        .join(', ')}`,
    );
  }
  const header = parsed.data;
  const expected = backupTables.map((spec) => `${spec.name}(${spec.columns.map((c) => c.name)})`);
  const found = header.tables.map((table) => `${table.name}(${table.columns})`);
  if (expected.join(' ') !== found.join(' ')) {
    throw new BackupError(
      'The backup’s tables and columns differ from this version’s: it was taken by another version of Chainboard',
    );
  }
  return header;
}

/**
 * Reads and verifies the whole file before anything is written: the header, every line, each
 * table's row count and checksum. Any fault is a `BackupError` saying what is wrong.
 */
export async function checkBackup(bytes: Uint8Array): Promise<CheckedBackup> {
  const [headerLine, ...dataLines] = unpack(bytes);
  const header = checkHeader(headerLine);
  const chunks: CheckedBackup['chunks'] = [];
  let next = 0;
  for (const [index, spec] of backupTables.entries()) {
    const declared = header.tables[index];
    if (!declared) throw new BackupError(`The backup header does not list table ${spec.name}`);
    const lines: string[] = [];
    let rows = 0;
    while (next < dataLines.length) {
      const line = dataLines[next] as string;
      const chunk = rowChunkSchema.safeParse(parseJson(line, `line ${next + 2}`));
      if (!chunk.success) throw new BackupError(`The backup is damaged at line ${next + 2}`);
      if (chunk.data.table !== spec.name) break;
      lines.push(`${line}\n`);
      chunks.push({ spec, rowsJson: JSON.stringify(chunk.data.rows) });
      rows += chunk.data.rows.length;
      next += 1;
    }
    const sha256 = await sha256Hex(new TextEncoder().encode(lines.join('')));
    if (rows !== declared.rows || sha256 !== declared.sha256) {
      throw new BackupError(
        `The backup is damaged: table ${spec.name} does not match its checksum (${rows} of ${declared.rows} rows read)`,
      );
    }
  }
  if (next < dataLines.length) {
    throw new BackupError(`The backup is damaged: line ${next + 2} belongs to no table in order`);
  }
  return { header, chunks };
}

/**
 * Restores a backup into `db`, which must be migrated to the backup's schema level and hold
 * no rows at all. One transaction: on any failure the database is left as it was.
 */
export async function restoreBackup(db: Database, bytes: Uint8Array): Promise<BackupSummary> {
  const { header, chunks } = await checkBackup(bytes);
  await db.transaction(async (tx) => {
    const level = await readSchemaLevel(tx);
    if (level.hash !== header.schema.hash || level.migratedAt !== header.schema.migratedAt) {
      throw new BackupError(
        `The backup is of another schema level (migration of ${new Date(header.schema.migratedAt).toISOString()}) than this database (${new Date(level.migratedAt).toISOString()}): restore it with the Chainboard version that took it`,
      );
    }
    if (!(await isEmpty(tx))) {
      throw new BackupError(
        'The database is not empty: a backup restores only into an empty one. Point DATABASE_URL (or DATA_DIR) at a new, empty database and restore before the first `npm start` there, which would load the sample city and create the admin',
      );
    }
    for (const { spec, rowsJson } of chunks) {
      const table = sql.identifier(spec.name);
      await tx.execute(
        sql`insert into ${table} select * from json_populate_recordset(null::${table}, ${rowsJson}::json)`,
      );
    }
    for (const spec of backupTables) {
      for (const column of spec.serialColumns) {
        // Past the highest restored id, so the next insert does not collide with a restored row.
        await tx.execute(
          sql`select setval(pg_get_serial_sequence(${spec.name}, ${column.name}), coalesce(max(${sql.identifier(column.name)}), 0) + 1, false) from ${sql.identifier(spec.name)}`,
        );
      }
    }
  });
  return {
    tables: header.tables.length,
    rows: header.tables.reduce((sum, table) => sum + table.rows, 0),
    bytes: bytes.byteLength,
  };
}
