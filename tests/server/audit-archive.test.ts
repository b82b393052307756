import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { gunzipSync } from 'fflate';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeSecurityPolicy, DEFAULT_SECURITY_POLICY } from '../../server/app/security/policy';
import {
  archiveAuditTrails,
  archiveCutoff,
  ArchiveError,
  type ArchiveFiles,
} from '../../server/db/audit-archive/archive';
import type { Database } from '../../server/db/database';
import { applyMigrations, openDatabase } from '../../server/db/open';
import { auditEvents, securityEvents } from '../../server/db/schema';
import { cityDay } from '../../server/contract/city-time';
import { engines, createTestDatabase, type TestDatabase } from '../support/test-database';

// The archive runs on the sample day; 180 days before it is 2025-12-17.
const now = new Date('2026-06-15T10:00:00+08:00');

/** Rows on both sides of the retention's edge, in the city's time (UTC+8). */
async function insertTrails(db: Database) {
  const at = (cityTime: string) => new Date(`${cityTime}+08:00`);
  const audit = await db
    .insert(auditEvents)
    .values(
      [
        '2025-01-02T09:00:00', // long past
        '2025-12-16T23:59:00', // the last minute before the edge
        '2025-12-17T00:00:00', // the edge itself: kept
        '2026-06-14T12:00:00',
      ].map((cityTime, n) => ({
        at: at(cityTime),
        actor: 'editor-a',
        action: 'update',
        entityType: 'policy',
        entityId: String(n),
        before: { title: `旧${n}` },
        after: { title: `新${n}` },
      })),
    )
    .returning({ id: auditEvents.id });
  const security = await db
    .insert(securityEvents)
    .values(
      ['2025-06-01T08:00:00', '2025-12-17T08:00:00'].map((cityTime) => ({
        at: at(cityTime),
        type: 'sign_in',
        result: 'failure',
        actor: 'mallory',
        object: 'mallory',
        clientAddress: '203.0.113.9',
        detail: { reason: 'wrong_password' },
      })),
    )
    .returning({ id: securityEvents.id });
  return { audit: audit.map((row) => row.id), security: security.map((row) => row.id) };
}

/** The archive's lines: its header, then one row each. */
function linesOf(bytes: Uint8Array) {
  const [header, ...rows] = new TextDecoder().decode(gunzipSync(bytes)).trimEnd().split('\n');
  return {
    header: JSON.parse(header ?? '') as Record<string, unknown>,
    rows: rows.map((line) => JSON.parse(line) as { table: string; row: Record<string, unknown> }),
  };
}

const idsOf = async (db: Database) => ({
  audit: (
    await db.select({ id: auditEvents.id }).from(auditEvents).orderBy(asc(auditEvents.id))
  ).map((row) => row.id),
  security: (
    await db
      .select({ id: securityEvents.id })
      .from(securityEvents)
      .where(sql`${securityEvents.type} <> 'security_audit_archive'`)
      .orderBy(asc(securityEvents.id))
  ).map((row) => row.id),
});

const lastArchiveEvent = async (db: Database) =>
  (
    await db
      .select()
      .from(securityEvents)
      .where(eq(securityEvents.type, 'security_audit_archive'))
      .orderBy(desc(securityEvents.id))
      .limit(1)
  )[0];

describe('the retention cut-off', () => {
  it('keeps the policy’s days and refuses a later --before', () => {
    expect(archiveCutoff('2026-06-15', 180)).toBe('2025-12-17');
    expect(archiveCutoff('2026-03-01', 365)).toBe('2025-03-01');
    expect(archiveCutoff('2026-06-15', 180, '2025-01-01')).toBe('2025-01-01');
    expect(archiveCutoff('2026-06-15', 180, '2025-12-17')).toBe('2025-12-17');
    expect(() => archiveCutoff('2026-06-15', 180, '2025-12-18')).toThrow(
      /keeps 180 days, so the latest allowed is 2025-12-17/,
    );
    expect(() => archiveCutoff('2026-06-15', 180, '2025-02-30')).toThrow(/not a date/);
  });
});

describe.each(engines)('archiving the audit trails on %s', (engine) => {
  let database: TestDatabase;
  let folder: string;
  let ids: Awaited<ReturnType<typeof insertTrails>>;

  beforeEach(async () => {
    database = await createTestDatabase(engine, { sample: false });
    folder = mkdtempSync(join(tmpdir(), 'chainboard-archive-'));
    ids = await insertTrails(database.db);
  });
  afterEach(async () => {
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('moves exactly the rows older than the retention into a verified file', async () => {
    const out = join(folder, 'trails.jsonl.gz');
    const result = await archiveAuditTrails(database.db, { now, out });

    const bytes = readFileSync(out);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(result).toEqual({
      archived: true,
      before: '2025-12-17',
      file: out,
      sha256,
      bytes: bytes.byteLength,
      rows: { audit_events: 2, security_events: 1 },
    });
    expect(readFileSync(`${out}.sha256`, 'utf8')).toBe(`${sha256}  trails.jsonl.gz\n`);
    const { header, rows } = linesOf(bytes);
    expect(header).toMatchObject({
      format: 'chainboard-audit-archive',
      formatVersion: 1,
      before: '2025-12-17',
      tables: [
        { name: 'audit_events', rows: 2 },
        { name: 'security_events', rows: 1 },
      ],
    });
    expect(rows.map(({ table, row }) => [table, row.id])).toEqual([
      ['audit_events', ids.audit[0]],
      ['audit_events', ids.audit[1]],
      ['security_events', ids.security[0]],
    ]);
    // Whole rows, times in UTC, as they were stored.
    expect(rows[1]?.row).toMatchObject({
      actor: 'editor-a',
      before: { title: '旧1' },
      after: { title: '新1' },
    });
    expect(new Date(String(rows[1]?.row.at)).toISOString()).toBe('2025-12-16T15:59:00.000Z');
    expect(rows[2]?.row).toMatchObject({
      client_address: '203.0.113.9',
      detail: { reason: 'wrong_password' },
    });

    expect(await idsOf(database.db)).toEqual({
      audit: ids.audit.slice(2),
      security: ids.security.slice(1),
    });
    expect(await lastArchiveEvent(database.db)).toMatchObject({
      result: 'success',
      actor: null,
      object: 'trails.jsonl.gz',
      at: now,
      detail: {
        before: '2025-12-17',
        file: 'trails.jsonl.gz',
        sha256,
        rows: { audit_events: 2, security_events: 1 },
      },
    });
  });

  it('archives less with an earlier --before, and follows a longer retention', async () => {
    const first = await archiveAuditTrails(database.db, {
      now,
      out: join(folder, 'first.gz'),
      before: '2025-03-01',
    });
    expect(first).toMatchObject({ rows: { audit_events: 1, security_events: 0 } });
    expect(await idsOf(database.db)).toEqual({ audit: ids.audit.slice(1), security: ids.security });

    await storeSecurityPolicy(
      database.db,
      { ...DEFAULT_SECURITY_POLICY, auditRetentionDays: 365 },
      { version: 2, updatedAt: now, updatedBy: 'security-admin' },
    );
    const second = await archiveAuditTrails(database.db, { now, out: join(folder, 'second.gz') });
    expect(second).toMatchObject({
      before: '2025-06-15',
      rows: { audit_events: 0, security_events: 1 },
    });
    await expect(
      archiveAuditTrails(database.db, { now, out: join(folder, 'third.gz'), before: '2025-12-01' }),
    ).rejects.toThrow(/keeps 365 days/);
  });

  it('writes nothing and deletes nothing when no row is old enough', async () => {
    const out = join(folder, 'none.gz');
    expect(await archiveAuditTrails(database.db, { now, out, before: '2024-01-01' })).toEqual({
      archived: false,
      before: '2024-01-01',
    });
    expect(existsSync(out)).toBe(false);
    expect(await idsOf(database.db)).toEqual(ids);
  });

  const failures: [string, (out: string) => { out: string; files?: ArchiveFiles }][] = [
    ['the folder does not exist', () => ({ out: join(folder, 'missing', 'trails.gz') })],
    [
      'the disk keeps something else',
      (out) => ({
        out,
        files: {
          write: () => undefined,
          read: () => new Uint8Array([0x1f, 0x8b, 0, 1, 2, 3]),
        },
      }),
    ],
    [
      'the file cannot be read back',
      (out) => ({
        out,
        files: {
          write: () => undefined,
          read: () => {
            throw new Error('EIO: i/o error');
          },
        },
      }),
    ],
  ];

  it.each(failures)('deletes nothing when %s, and records the failure', async (_, setup) => {
    const { out, files } = setup(join(folder, 'trails.gz'));
    await expect(archiveAuditTrails(database.db, { now, out, files })).rejects.toBeInstanceOf(
      ArchiveError,
    );
    expect(await idsOf(database.db)).toEqual(ids);
    expect(await lastArchiveEvent(database.db)).toMatchObject({
      result: 'failure',
      detail: { before: '2025-12-17', reason: expect.any(String) },
    });
  });

  it('never writes over an earlier archive', async () => {
    const out = join(folder, 'trails.gz');
    await archiveAuditTrails(database.db, { now, out, before: '2025-03-01' });
    const earlier = readFileSync(out);
    await expect(archiveAuditTrails(database.db, { now, out })).rejects.toThrow(/exist/);
    expect(readFileSync(out)).toEqual(earlier);
    expect(await idsOf(database.db)).toEqual({ audit: ids.audit.slice(1), security: ids.security });
  });
});

describe('npm run audit:archive', () => {
  const folder = mkdtempSync(join(tmpdir(), 'chainboard-archive-command-'));
  const dataDir = join(folder, 'data');
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const run = async (args: string[]) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(
        'npm',
        ['run', '--silent', 'audit:archive', '--', ...args],
        { env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir } },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      return error as { code: number; stdout: string; stderr: string };
    }
  };

  it('says how and when to use it', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(
      /^Usage: npm run audit:archive -- --out FILE \[--before YYYY-MM-DD\]/,
    );
    expect(help.stdout).toMatch(/When:/);
    const missing = await run([]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Usage:/);
  });

  it('archives the embedded database’s old rows and tells what it did', async () => {
    const opened = await openDatabase({ engine: 'pglite', dataDir });
    await applyMigrations(opened);
    await insertTrails(opened.db);
    await opened.close();
    const out = join(folder, 'trails.gz');

    // The command runs on the real clock: tomorrow is always within the retention.
    const tomorrow = cityDay(new Date(Date.now() + 86_400_000));
    const refused = await run(['--out', out, '--before', tomorrow]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/would archive events the security policy keeps/);
    expect(existsSync(out)).toBe(false);

    const done = await run(['--out', out, '--before', '2025-12-17']);
    expect(done.stderr).toBe('');
    expect(done.stdout).toMatch(
      /^Archived 2 data changes and 1 security events from before 2025-12-17 into .*trails\.gz \([\d,]+ bytes, sha256 [0-9a-f]{64}\)/,
    );
    expect(done.code).toBe(0);
    expect(linesOf(readFileSync(out)).rows).toHaveLength(3);
  });
});
