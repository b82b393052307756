import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { desc, eq } from 'drizzle-orm';
import { gunzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityDay } from '../../server/contract/city-time';
import {
  BACKUP_KDF_ITERATIONS,
  decryptBackup,
  encryptBackup,
  isEncryptedBackup,
} from '../../server/db/backup/encryption';
import { BackupError } from '../../server/db/backup/format';
import { checkBackup } from '../../server/db/backup/read';
import { createBackup } from '../../server/db/backup/write';
import { auditEvents, securityEvents } from '../../server/db/schema';
import { useTestApi } from '../api/support/api';
import { sendWrite } from '../api/support/writes';
import { sampleNow } from '../support/sample-clock';
import { createTestUser } from '../support/sessions';
import { createTestDatabase, engines } from '../support/test-database';

const run = promisify(execFile);

/** Fast key stretching for tests of the format; the API and the commands use the real count. */
const FEW = 1_000;
const PASSPHRASE = 'correct horse battery staple';
const HEADER_BYTES = 44;

/** `npm run <command> -- …args` with only the given variables choosing the database. */
async function npmRun(command: string, args: string[], variables: Record<string, string>) {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', command, '--', ...args], {
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: '', BACKUP_PASSPHRASE: '', ...variables },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The file's lines without the header's `createdAt`, which is all that may differ. */
function linesOf(gzipped: Uint8Array): string[] {
  const [header = '', ...rows] = new TextDecoder().decode(gunzipSync(gzipped)).split('\n');
  return [header.replace(/"createdAt":"[^"]*"/, ''), ...rows];
}

/** A message for a person: one line or a few, never a stack trace. */
function expectPlainMessage(stderr: string, message: RegExp) {
  expect(stderr).toMatch(message);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('the encrypted backup format', () => {
  let plain: Uint8Array;

  beforeAll(async () => {
    const sample = await createTestDatabase('pglite', { sample: true });
    plain = (await createBackup(sample.db, new Date())).bytes;
    await sample.close();
  });

  it('is a 44-byte header (magic, version, PBKDF2-SHA-256 and its count, salt, IV), then the ciphertext', async () => {
    const file = await encryptBackup(plain, PASSPHRASE, { iterations: FEW });
    expect(new TextDecoder().decode(file.slice(0, 10))).toBe('CHAINBOARD');
    expect([file[10], file[11]]).toEqual([1, 1]);
    expect(new DataView(file.buffer, file.byteOffset).getUint32(12)).toBe(FEW);
    // The ciphertext is as long as the backup, plus AES-GCM's 16-byte tag.
    expect(file.length).toBe(HEADER_BYTES + plain.length + 16);
    expect(isEncryptedBackup(file)).toBe(true);
    expect(isEncryptedBackup(plain)).toBe(false);
    // No gzip to be seen: the header's salt and IV are new every time, and so is everything after.
    const again = await encryptBackup(plain, PASSPHRASE, { iterations: FEW });
    expect(Buffer.from(again.slice(16)).equals(Buffer.from(file.slice(16)))).toBe(false);
  });

  it('stretches the passphrase 600,000 times unless told otherwise', async () => {
    const file = await encryptBackup(new Uint8Array([1, 2, 3]), PASSPHRASE);
    expect(new DataView(file.buffer, file.byteOffset).getUint32(12)).toBe(BACKUP_KDF_ITERATIONS);
    expect(BACKUP_KDF_ITERATIONS).toBe(600_000);
  });

  it('decrypts with the passphrase to the very backup, which checks out', async () => {
    const file = await encryptBackup(plain, PASSPHRASE, { iterations: FEW });
    const opened = await decryptBackup(file, PASSPHRASE);
    expect(Buffer.from(opened).equals(Buffer.from(plain))).toBe(true);
    expect((await checkBackup(opened)).header.format).toBe('chainboard-backup');
  });

  it('takes the passphrase however its accents were typed (Unicode NFC)', async () => {
    const file = await encryptBackup(plain, 'café au lait, s’il vous plaît', { iterations: FEW });
    const decomposed = 'café au lait, s’il vous plaît'.normalize('NFD');
    expect(await decryptBackup(file, decomposed)).toHaveLength(plain.length);
  });

  it('refuses a wrong passphrase, a changed header and a changed byte with one plain message', async () => {
    const file = await encryptBackup(plain, PASSPHRASE, { iterations: FEW });
    const wrong = /^The passphrase is wrong, or the encrypted backup was changed/;
    await expect(decryptBackup(file, 'not the passphrase')).rejects.toThrow(wrong);
    await expect(decryptBackup(file, 'not the passphrase')).rejects.toBeInstanceOf(BackupError);
    const fewerIterations = file.slice();
    new DataView(fewerIterations.buffer).setUint32(12, FEW - 1);
    await expect(decryptBackup(fewerIterations, PASSPHRASE)).rejects.toThrow(wrong);
    const flipped = file.slice();
    flipped[HEADER_BYTES + 100] = (flipped[HEADER_BYTES + 100] ?? 0) ^ 1;
    await expect(decryptBackup(flipped, PASSPHRASE)).rejects.toThrow(wrong);
  });

  it('says what is wrong with a cut-short file, another version, or a doctored key stretching', async () => {
    const file = await encryptBackup(plain, PASSPHRASE, { iterations: FEW });
    await expect(decryptBackup(file.slice(0, 50), PASSPHRASE)).rejects.toThrow(/cut short/);
    const newer = file.slice();
    newer[10] = 2;
    await expect(decryptBackup(newer, PASSPHRASE)).rejects.toThrow(/format version 2/);
    const endless = file.slice();
    new DataView(endless.buffer).setUint32(12, 0xffffffff);
    await expect(decryptBackup(endless, PASSPHRASE)).rejects.toThrow(/key derivation/);
  });
});

describe.each(engines)('POST /api/admin/backup with a passphrase on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  const download = (body: unknown, cookie: string) =>
    sendWrite(api.app, { method: 'POST', path: '/api/admin/backup', body }, { cookie });

  const lastBackupEvent = async () =>
    (
      await api.db
        .select()
        .from(securityEvents)
        .where(eq(securityEvents.type, 'backup_download'))
        .orderBy(desc(securityEvents.id))
        .limit(1)
    )[0];

  it('gives the system administrator an encrypted file, and the security audit says it was', async () => {
    const admin = await createTestUser(api.db, { role: 'admin' });
    const response = await api.app.request('/api/admin/backup', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin.cookie },
      body: JSON.stringify({ passphrase: PASSPHRASE }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    const fileName = `chainboard-${cityDay(sampleNow())}.encrypted.backup`;
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${fileName}"`);
    const file = new Uint8Array(await response.arrayBuffer());
    expect(isEncryptedBackup(file)).toBe(true);
    const { header } = await checkBackup(await decryptBackup(file, PASSPHRASE));
    expect(header.tables.find((table) => table.name === 'users')?.rows).toBeGreaterThan(1);
    expect(await lastBackupEvent()).toMatchObject({
      actor: admin.username,
      object: fileName,
      detail: { encrypted: true, bytes: file.length },
    });
    const [audited] = await api.db
      .select()
      .from(auditEvents)
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(audited).toMatchObject({ entityType: 'backup', entityId: fileName });
    // The passphrase is kept nowhere.
    expect(JSON.stringify(await lastBackupEvent())).not.toContain(PASSPHRASE);
    expect(JSON.stringify(audited)).not.toContain(PASSPHRASE);
  });

  it('without a passphrase gives the plain gzip file, recorded as not encrypted', async () => {
    const admin = await createTestUser(api.db, { role: 'admin' });
    const response = await api.app.request('/api/admin/backup', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin.cookie },
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gzip');
    await checkBackup(new Uint8Array(await response.arrayBuffer()));
    expect(await lastBackupEvent()).toMatchObject({ detail: { encrypted: false } });
  });

  it('refuses a passphrase too short to resist guessing, naming it, and records nothing', async () => {
    const admin = await createTestUser(api.db, { role: 'admin' });
    const before = await lastBackupEvent();
    const refused = await download({ passphrase: 'short' }, admin.cookie);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      error: { code: 'invalid_request', fields: { passphrase: 'must be at least 12 characters' } },
    });
    expect(await lastBackupEvent()).toEqual(before);
  });

  it('is for the system administrator only', async () => {
    for (const role of ['viewer', 'editor', 'security_admin', 'audit_admin'] as const) {
      const { cookie } = await createTestUser(api.db, { role });
      expect((await download({ passphrase: PASSPHRASE }, cookie)).status, role).toBe(403);
    }
  });
});

describe('npm run backup and npm run restore with a passphrase', () => {
  const folder = mkdtempSync(join(tmpdir(), 'chainboard-encrypted-'));
  const encrypted = join(folder, 'city.encrypted.backup');
  const passFile = join(folder, 'passphrase.txt');
  const wrongPassFile = join(folder, 'wrong.txt');
  let plain: Uint8Array;

  beforeAll(async () => {
    const sample = await createTestDatabase('pglite', { sample: true });
    plain = (await createBackup(sample.db, new Date())).bytes;
    await sample.close();
    writeFileSync(encrypted, await encryptBackup(plain, PASSPHRASE, { iterations: FEW }));
    // As an editor or `echo` writes it: the line's end is not part of the passphrase.
    writeFileSync(passFile, `${PASSPHRASE}\n`);
    writeFileSync(wrongPassFile, 'not the passphrase at all\n');
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('says an encrypted backup needs its passphrase, and that a wrong one is wrong, creating nothing', async () => {
    const target = { DATA_DIR: join(folder, 'refused') };
    const missing = await npmRun('restore', [encrypted], target);
    expect(missing.code).toBe(1);
    expectPlainMessage(
      missing.stderr,
      /city\.encrypted\.backup is an encrypted backup: give its passphrase with --passphrase-file PASSFILE or in BACKUP_PASSPHRASE/,
    );
    const wrong = await npmRun('restore', [encrypted, '--passphrase-file', wrongPassFile], target);
    expect(wrong.code).toBe(1);
    expectPlainMessage(
      wrong.stderr,
      /^The passphrase is wrong, or the encrypted backup was changed/,
    );
  });

  it('restores with the passphrase from BACKUP_PASSPHRASE, and backs up encrypted with the one of a file', async () => {
    const target = { DATA_DIR: join(folder, 'restored') };
    const restored = await npmRun('restore', [encrypted], {
      ...target,
      BACKUP_PASSPHRASE: PASSPHRASE,
    });
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);

    const again = join(folder, 'again.backup');
    const backedUp = await npmRun('backup', [again, '--passphrase-file', passFile], target);
    expect(backedUp.stderr).toBe('');
    expect(backedUp.stdout).toMatch(/^Wrote .*again\.backup: .* bytes, encrypted/);
    const file = new Uint8Array(readFileSync(again));
    expect(isEncryptedBackup(file)).toBe(true);
    expect(linesOf(await decryptBackup(file, PASSPHRASE))).toEqual(linesOf(plain));
  });

  it('refuses to encrypt with a short passphrase, or a passphrase given two ways', async () => {
    const target = { DATA_DIR: join(folder, 'restored') };
    const short = await npmRun('backup', [join(folder, 'short.backup')], {
      ...target,
      BACKUP_PASSPHRASE: 'short',
    });
    expect(short.code).toBe(1);
    expectPlainMessage(short.stderr, /The passphrase must be at least 12 characters/);
    const both = await npmRun(
      'backup',
      [join(folder, 'both.backup'), '--passphrase-file', passFile],
      {
        ...target,
        BACKUP_PASSPHRASE: PASSPHRASE,
      },
    );
    expect(both.code).toBe(1);
    expectPlainMessage(both.stderr, /Give the passphrase one way/);
  });
});
