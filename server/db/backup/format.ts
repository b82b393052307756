import { z } from 'zod';

/*
 * The backup file (docs/backup-format.md): gzip-compressed JSON lines. The first line is the
 * header, every other line one chunk of one table's rows, tables in the header's order.
 */

export const BACKUP_FORMAT = 'chainboard-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** The last migration applied to the database the backup was taken from. */
export const schemaLevelSchema = z.object({
  /** SHA-256 of the migration's SQL, as Drizzle records it in `drizzle.__drizzle_migrations`. */
  hash: z.string().min(1),
  /** The migration's `when` from the journal, the same number on every database. */
  migratedAt: z.number().int(),
});

export const backupTableSchema = z.object({
  name: z.string().min(1),
  columns: z.array(z.string().min(1)),
  rows: z.number().int().min(0),
  /** Hex SHA-256 of the table's data lines, each with its newline, exactly as in the file. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  schema: schemaLevelSchema,
  tables: z.array(backupTableSchema),
});

export const rowChunkSchema = z.object({
  table: z.string(),
  rows: z.array(z.record(z.string(), z.unknown())).min(1),
});

export type SchemaLevel = z.infer<typeof schemaLevelSchema>;
export type BackupHeader = z.infer<typeof backupHeaderSchema>;
export type BackupTable = z.infer<typeof backupTableSchema>;

/** What a backup or restore moved, for the command's summary and the audit trail. */
export interface BackupSummary {
  tables: number;
  rows: number;
  bytes: number;
}

/** A backup that cannot be restored: the message says why, and nothing was written. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}

/** Rows per data line: small enough for one query parameter, large enough to be quick. */
export const ROWS_PER_CHUNK = 1_000;

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  // Web Crypto: the same code in Node and in the browser demo.
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
