import { desc, getTableName, sql } from 'drizzle-orm';
import { gunzipSync, gzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApp } from '../../server/app/create-app';
import type { Database } from '../../server/db/database';
import { BackupError } from '../../server/db/backup/format';
import { checkBackup, restoreBackup } from '../../server/db/backup/read';
import { tablesLeftOut } from '../../server/db/backup/tables';
import { createBackup } from '../../server/db/backup/write';
import { allTables } from '../../server/db/all-tables';
import { SAMPLE_PASSWORD, SAMPLE_VIEWER } from '../../server/db/sample';
import { auditEvents, recoveryCodes } from '../../server/db/schema';
import { cityDay } from '../../server/contract/city-time';
import { useTestApi } from '../api/support/api';
import { loadSampleIds, sendWrite, writeRouteSamples } from '../api/support/writes';
import { sampleNow } from '../support/sample-clock';
import { createTestUser } from '../support/sessions';
import {
  createTestDatabase,
  engines,
  type Engine,
  type TestDatabase,
} from '../support/test-database';

function sampleOf(route: string) {
  const sample = writeRouteSamples[route];
  if (!sample) throw new Error(`No sample request for ${route}`);
  return sample;
}

const fingerprintSchema = z.object({ rows: z.coerce.number(), digest: z.string() });

/**
 * Every table's row count and a digest of all its rows as PostgreSQL prints them, in one
 * order: written without the backup code, so it checks what the backup left out or changed.
 */
async function fingerprints(
  db: Database,
): Promise<Record<string, z.infer<typeof fingerprintSchema>>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local timezone to 'UTC'`);
    const entries = [];
    for (const table of allTables) {
      const result = await tx.execute(
        sql`select count(*) as rows, md5(coalesce(string_agg(t::text, E'\n' order by t::text), '')) as digest from ${table} t`,
      );
      const [row] = z.object({ rows: z.tuple([fingerprintSchema]) }).parse(result).rows;
      entries.push([getTableName(table), row] as const);
    }
    return Object.fromEntries(entries);
  });
}

/** The sample city after a few edits: versions above 1, audit events with snapshots, new ids. */
async function editedSampleCity(engine: Engine): Promise<TestDatabase> {
  const database = await createTestDatabase(engine, { sample: true });
  const app = createApp({ db: database.db, now: sampleNow });
  const admin = await createTestUser(database.db, { role: 'admin' });
  const ids = await loadSampleIds(database.db);
  for (const route of [
    'PUT /api/chains/{id}/status',
    'PUT /api/policies/{id}',
    'POST /api/chains/{id}/projects',
    'PUT /api/indicators/{id}/values/{period}',
    // A reopened quarter, so its lock record is carried over too.
    'POST /api/indicator-periods/{period}/reopen',
    'POST /api/users',
  ]) {
    const request = await sampleOf(route).build(ids, database.db, app, admin.cookie);
    const answer = await sendWrite(app, request, { cookie: admin.cookie });
    expect([200, 201], `${route}: ${JSON.stringify(answer.body)}`).toContain(answer.status);
  }
  // A reset password (its old hash kept in the history, a security event) and a user who has
  // recovery codes for a second factor, so the security tables have rows to carry over too.
  const security = await createTestUser(database.db, { role: 'security_admin' });
  const forgetful = await createTestUser(database.db, { role: 'viewer' });
  const reset = await sendWrite(
    app,
    {
      method: 'PUT',
      path: `/api/users/${forgetful.id}/password`,
      body: { password: 'A-new-password-for-them-1', version: 1 },
    },
    { cookie: security.cookie },
  );
  expect(reset.status, JSON.stringify(reset.body)).toBe(200);
  await database.db
    .insert(recoveryCodes)
    .values({ userId: security.id, codeDigest: 'a'.repeat(64), usedAt: null });
  return database;
}

describe.each(engines)('backup on %s', (source) => {
  let original: TestDatabase;
  beforeAll(async () => {
    original = await editedSampleCity(source);
  });
  afterAll(() => original?.close());

  describe.each(engines)('restored on %s', (target) => {
    let restored: TestDatabase;
    let backup: Uint8Array;
    const takenAt = new Date('2026-07-01T02:00:00Z');

    beforeAll(async () => {
      restored = await createTestDatabase(target, { sample: false });
      backup = (await createBackup(original.db, takenAt)).bytes;
      await restoreBackup(restored.db, backup);
    });
    afterAll(() => restored?.close());

    it('gives back every kept table row for row, and leaves out only the ephemeral ones', async () => {
      const before = await fingerprints(original.db);
      const after = await fingerprints(restored.db);
      const leftOut = new Set(tablesLeftOut.map(getTableName));
      for (const [name, fingerprint] of Object.entries(before)) {
        if (leftOut.has(name)) {
          expect(after[name]?.rows, name).toBe(0);
        } else {
          expect(fingerprint.rows, name).toBeGreaterThan(0);
          expect(after[name], name).toEqual(fingerprint);
        }
      }
    });

    it('backs up the restored database to the very same lines', async () => {
      const again = (await createBackup(restored.db, takenAt)).bytes;
      expect(new TextDecoder().decode(gunzipSync(again))).toBe(
        new TextDecoder().decode(gunzipSync(backup)),
      );
    });

    it('lets the old users sign in and takes new records after the restored ids', async () => {
      const app = createApp({ db: restored.db, now: sampleNow });
      const signIn = await sendWrite(app, {
        method: 'POST',
        path: '/api/auth/login',
        body: { username: SAMPLE_VIEWER, password: SAMPLE_PASSWORD },
      });
      expect(signIn.status).toBe(200);
      const admin = await createTestUser(restored.db, { role: 'admin' });
      const ids = await loadSampleIds(restored.db);
      for (const route of ['POST /api/chains/{id}/projects', 'POST /api/chains/{id}/problems']) {
        const request = await sampleOf(route).build(ids, restored.db, app, admin.cookie);
        const answer = await sendWrite(app, request, { cookie: admin.cookie });
        expect(answer.status, `${route}: ${JSON.stringify(answer.body)}`).toBe(201);
      }
    });
  });
});

describe.each(engines)('a restore that cannot be done on %s', (engine) => {
  let source: TestDatabase;
  let empty: TestDatabase;
  let backup: Uint8Array;

  beforeAll(async () => {
    source = await createTestDatabase(engine, { sample: true });
    empty = await createTestDatabase(engine, { sample: false });
    backup = (await createBackup(source.db, new Date())).bytes;
  });
  afterAll(async () => {
    await source?.close();
    await empty?.close();
  });

  async function expectRefused(file: Uint8Array, message: RegExp, into = empty) {
    const before = await fingerprints(into.db);
    const failure = await restoreBackup(into.db, file).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(BackupError);
    expect((failure as Error).message).toMatch(message);
    expect(await fingerprints(into.db)).toEqual(before);
  }

  function withHeader(change: (header: Record<string, unknown>) => void): Uint8Array {
    const [headerLine, ...rest] = new TextDecoder().decode(gunzipSync(backup)).split('\n');
    const header = JSON.parse(headerLine ?? '') as Record<string, unknown>;
    change(header);
    return gzipSync(new TextEncoder().encode([JSON.stringify(header), ...rest].join('\n')));
  }

  it('refuses a database that has rows, and changes nothing in it', async () => {
    await expectRefused(backup, /not empty.*new, empty database/, source);
  });

  it('refuses a file cut short', async () => {
    await expectRefused(backup.slice(0, Math.floor(backup.byteLength / 2)), /gzip/);
  });

  it('refuses a file with one byte changed', async () => {
    const text = new TextDecoder().decode(gunzipSync(backup));
    // A digit inside a row: the JSON stays valid, only the checksum can tell.
    const at = text.indexOf('"employees":') + '"employees":'.length;
    const flipped = `${text.slice(0, at)}${text[at] === '9' ? '8' : '9'}${text.slice(at + 1)}`;
    expect(flipped).not.toBe(text);
    await expectRefused(
      gzipSync(new TextEncoder().encode(flipped)),
      /table firms does not match its checksum/,
    );
  });

  it('refuses a file that is not gzip-compressed', async () => {
    await expectRefused(new TextEncoder().encode('{"format":"chainboard-backup"}\n'), /gzip/);
  });

  it('refuses a gzip file of something else', async () => {
    await expectRefused(
      gzipSync(new TextEncoder().encode('id,name\n1,x\n')),
      /Not a Chainboard backup/,
    );
  });

  it('refuses a backup of another schema level', async () => {
    const other = withHeader((header) => {
      header.schema = { hash: 'f'.repeat(64), migratedAt: 1_900_000_000_000 };
    });
    await expectRefused(other, /another schema level/);
  });

  it('restores the untouched file into the still empty database afterwards', async () => {
    await restoreBackup(empty.db, backup);
    const [users] = await fingerprints(empty.db).then((all) => [all.users]);
    expect(users?.rows).toBeGreaterThan(0);
  });
});

describe.each(engines)('POST /api/admin/backup on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });

  it('gives an administrator a whole backup to download, and records who took it', async () => {
    const admin = await createTestUser(api.db, { role: 'admin' });
    const response = await api.app.request('/api/admin/backup', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin.cookie },
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gzip');
    const fileName = `chainboard-${cityDay(sampleNow())}.backup`;
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${fileName}"`);
    const { header } = await checkBackup(new Uint8Array(await response.arrayBuffer()));
    expect(header.tables.find((table) => table.name === 'users')?.rows).toBeGreaterThan(1);
    const [event] = await api.db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    expect(event).toMatchObject({
      actor: admin.username,
      action: 'create',
      entityType: 'backup',
      entityId: fileName,
    });
  });

  it('refuses everyone else', async () => {
    const request = (headers: Record<string, string>) =>
      api.app.request('/api/admin/backup', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{}',
      });
    const asViewer = await request({ cookie: api.cookie });
    expect(asViewer.status).toBe(403);
    const anonymous = await request({});
    expect(anonymous.status).toBe(401);
  });
});
