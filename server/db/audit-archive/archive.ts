import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { inArray, sql } from 'drizzle-orm';
import { gunzipSync, gzipSync } from 'fflate';
import { z } from 'zod';
import { loadSecurityPolicy } from '../../app/security/policy';
import { recordSecurityEvent } from '../../app/security/events';
import { CITY_TIME_ZONE, cityDay } from '../../contract/city-time';
import { isoDateSchema } from '../../contract/common';
import { sha256Hex } from '../backup/format';
import { rowsOf, type Queryable } from '../backup/tables';
import type { Database } from '../database';
import { auditEvents, securityEvents } from '../schema';

/*
 * Retention of the audit trails (安全审计 and 修改记录): rows older than the security policy's
 * retention go to a file, gzip-compressed JSON lines, and only then leave the database. The
 * first line is the header (what, up to when, each table's row count and SHA-256), then one line
 * per row: `{"table": "audit_events", "row": {…}}`.
 */

export const ARCHIVE_FORMAT = 'chainboard-audit-archive';
const ARCHIVE_FORMAT_VERSION = 1;
const ROWS_PER_READ = 1_000;
const IDS_PER_DELETE = 1_000;

const trails = [
  { name: 'audit_events', table: auditEvents },
  { name: 'security_events', table: securityEvents },
] as const;
type TrailName = (typeof trails)[number]['name'];

const headerSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  /** Every row before the start of this city calendar day, and none after it. */
  before: isoDateSchema,
  tables: z.array(
    z.object({
      name: z.enum(['audit_events', 'security_events']),
      rows: z.number().int().min(0),
      /** Hex SHA-256 of the table's lines, each with its newline, exactly as in the file. */
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});
type ArchiveHeader = z.infer<typeof headerSchema>;

const lineSchema = z.object({
  table: z.enum(['audit_events', 'security_events']),
  row: z.object({ id: z.number().int() }).loose(),
});

/** An archive that would not be safe to rely on: nothing was deleted. */
export class ArchiveError extends Error {
  override readonly name = 'ArchiveError';
}

/** Where the file goes; the tests stand in for a disk that loses or garbles it. */
export interface ArchiveFiles {
  write(path: string, bytes: Uint8Array): void;
  read(path: string): Uint8Array;
}

const diskFiles: ArchiveFiles = {
  // `wx`: an archive is never written over, so an earlier one is never lost.
  write: (path, bytes) => writeFileSync(path, bytes, { flag: 'wx' }),
  read: (path) => readFileSync(path),
};

export interface ArchiveOptions {
  now: Date;
  /** The file to write; it must not exist. */
  out: string;
  /** A city day (YYYY-MM-DD) earlier than the retention allows, to archive less. */
  before?: string;
  files?: ArchiveFiles;
}

export type ArchiveResult =
  | { archived: false; before: string }
  | {
      archived: true;
      before: string;
      file: string;
      sha256: string;
      bytes: number;
      rows: Record<TrailName, number>;
    };

/** `day` minus `days` calendar days. */
function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/**
 * The first day kept: a row of that city day or later is within the retention. An earlier
 * `--before` archives less; a later one would cut into the retention and is refused.
 */
export function archiveCutoff(today: string, retentionDays: number, before?: string): string {
  const cutoff = daysBefore(today, retentionDays);
  if (before === undefined) return cutoff;
  if (!isoDateSchema.safeParse(before).success) {
    throw new ArchiveError(`--before ${before} is not a date (YYYY-MM-DD)`);
  }
  if (before > cutoff) {
    throw new ArchiveError(
      `--before ${before} would archive events the security policy keeps: it keeps ${retentionDays} days, so the latest allowed is ${cutoff}`,
    );
  }
  return before;
}

const pageSchema = z.array(
  z.object({ rows: z.array(z.object({ id: z.number().int() }).loose()).nullable() }),
);

/** Each row of `name` before `cutoff`, in id order, as one JSON line each. */
async function trailLines(tx: Queryable, name: TrailName, cutoff: string) {
  const lines: string[] = [];
  const ids: number[] = [];
  let after = 0;
  for (;;) {
    const [page] = await rowsOf(
      tx,
      sql`select json_agg(page order by id) as rows from (
        select * from ${sql.identifier(name)}
        where at < (${cutoff}::date)::timestamp at time zone ${CITY_TIME_ZONE} and id > ${after}
        order by id limit ${ROWS_PER_READ}
      ) page`,
      pageSchema,
    );
    const rows = page?.rows ?? [];
    for (const row of rows) {
      lines.push(`${JSON.stringify({ table: name, row })}\n`);
      ids.push(row.id);
    }
    if (rows.length < ROWS_PER_READ) break;
    after = rows.at(-1)?.id ?? after;
  }
  return { lines, ids };
}

/** What a file holds, checked against its own header: the ids of each table's rows. */
async function readBack(
  bytes: Uint8Array,
): Promise<{ header: ArchiveHeader; ids: Record<TrailName, number[]> }> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(gunzipSync(bytes));
  } catch {
    throw new ArchiveError('The archive read back is not a complete gzip file');
  }
  const [first, ...rest] = text.split('\n');
  if (rest.pop() !== '') throw new ArchiveError('The archive read back is cut short');
  const header = headerSchema.parse(JSON.parse(first ?? ''));
  const ids: Record<TrailName, number[]> = { audit_events: [], security_events: [] };
  const linesOf: Record<TrailName, string[]> = { audit_events: [], security_events: [] };
  for (const line of rest) {
    const { table, row } = lineSchema.parse(JSON.parse(line));
    ids[table].push(row.id);
    linesOf[table].push(`${line}\n`);
  }
  for (const table of header.tables) {
    const digest = await sha256Hex(new TextEncoder().encode(linesOf[table.name].join('')));
    if (digest !== table.sha256 || ids[table.name].length !== table.rows) {
      throw new ArchiveError(`The archive read back does not match its header for ${table.name}`);
    }
  }
  return { header, ids };
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/**
 * Moves the audit trails' rows older than the retention into `out`: reads them from one
 * snapshot, writes and reads the file back, and only when it holds exactly those rows deletes
 * them — in one transaction, which also records the archive in the security audit. Any failure
 * before the delete leaves every row where it was.
 */
export async function archiveAuditTrails(
  db: Database,
  { now, out, before, files = diskFiles }: ArchiveOptions,
): Promise<ArchiveResult> {
  const policy = await loadSecurityPolicy(db);
  const cutoff = archiveCutoff(cityDay(now), policy.auditRetentionDays, before);

  const read = await db.transaction(
    async (tx) => {
      // Timestamps in the JSON then read the same whatever the server's time zone.
      await tx.execute(sql`set local timezone to 'UTC'`);
      const found = [];
      for (const trail of trails)
        found.push({ ...trail, ...(await trailLines(tx, trail.name, cutoff)) });
      return found;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  if (read.every((trail) => trail.ids.length === 0)) return { archived: false, before: cutoff };

  const header: ArchiveHeader = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    createdAt: now.toISOString(),
    before: cutoff,
    tables: await Promise.all(
      read.map(async ({ name, lines }) => ({
        name,
        rows: lines.length,
        sha256: await sha256Hex(new TextEncoder().encode(lines.join(''))),
      })),
    ),
  };
  const bytes = gzipSync(
    new TextEncoder().encode(
      `${JSON.stringify(header)}\n${read.map((trail) => trail.lines.join('')).join('')}`,
    ),
  );
  const sha256 = await sha256Hex(bytes);
  const file = basename(out);
  const rows = Object.fromEntries(read.map(({ name, ids }) => [name, ids.length])) as Record<
    TrailName,
    number
  >;

  try {
    files.write(out, bytes);
    // `sha256sum -c` checks the file later against this line.
    files.write(`${out}.sha256`, new TextEncoder().encode(`${sha256}  ${file}\n`));
    const stored = files.read(out);
    if ((await sha256Hex(new Uint8Array(stored))) !== sha256) {
      throw new ArchiveError('The archive read back differs from what was written');
    }
    const { ids } = await readBack(stored);
    for (const trail of read) {
      if (!sameIds(ids[trail.name], trail.ids)) {
        throw new ArchiveError(`The archive read back does not hold the rows of ${trail.name}`);
      }
    }
  } catch (error) {
    // The attempt is recorded when the database allows; the operator must see why it failed.
    await recordSecurityEvent(db, {
      type: 'security_audit_archive',
      result: 'failure',
      actor: null,
      object: file,
      at: now,
      detail: { before: cutoff, reason: (error as Error).message },
    }).catch(() => undefined);
    throw error instanceof ArchiveError
      ? error
      : new ArchiveError(`Could not write or verify ${out}: ${(error as Error).message}`);
  }

  await db.transaction(async (tx) => {
    // The trails refuse every delete but one in a transaction that says it archives.
    await tx.execute(sql`select set_config('chainboard.archiving', 'on', true)`);
    for (const { name, table, ids } of read) {
      let deleted = 0;
      for (let start = 0; start < ids.length; start += IDS_PER_DELETE) {
        const chunk = ids.slice(start, start + IDS_PER_DELETE);
        deleted += (
          await tx.delete(table).where(inArray(table.id, chunk)).returning({ id: table.id })
        ).length;
      }
      if (deleted !== ids.length) {
        throw new ArchiveError(
          `${name}: ${ids.length} rows were archived but ${deleted} found to delete; nothing was deleted`,
        );
      }
    }
    await recordSecurityEvent(tx, {
      type: 'security_audit_archive',
      result: 'success',
      actor: null,
      object: file,
      at: now,
      detail: { before: cutoff, file, sha256, bytes: bytes.byteLength, rows },
    });
  });
  return { archived: true, before: cutoff, file: out, sha256, bytes: bytes.byteLength, rows };
}
