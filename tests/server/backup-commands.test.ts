import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupTables } from '../../server/db/backup/tables';
import { createBackup } from '../../server/db/backup/write';
import { serverDatabase, type ServerDatabase } from '../support/server-database';
import { createTestDatabase } from '../support/test-database';

const run = promisify(execFile);

/** `npm run <command> -- …args` with the database variables given, as an admin would type it. */
async function npmRun(command: string, args: string[], database: Record<string, string>) {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', command, '--', ...args], {
      // Only the variables given choose the database, never the ones of the test run.
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: '', ...database },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The file's lines without the header's `createdAt`, which is all that may differ. */
function linesOf(file: string): string[] {
  const [header = '', ...rows] = new TextDecoder()
    .decode(gunzipSync(readFileSync(file)))
    .split('\n');
  return [header.replace(/"createdAt":"[^"]*"/, ''), ...rows];
}

// Each step starts npm, tsx and an embedded database in a new process: seconds each, more on a
// busy machine, so a test of two steps gets more than the default 30 s.
describe('npm run backup and npm run restore', { timeout: 120_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'chainboard-backup-'));
  const original = join(folder, 'city.backup');
  const again = join(folder, 'again.backup');
  const embedded = { DATA_DIR: join(folder, 'embedded') };
  let postgres: ServerDatabase | undefined;

  beforeAll(async () => {
    const sample = await createTestDatabase('pglite', { sample: true });
    writeFileSync(original, (await createBackup(sample.db, new Date())).bytes);
    writeFileSync(join(folder, 'city.csv'), 'id,name\n1,x\n');
    await sample.close();
    if (process.env.TEST_DATABASE_URL) postgres = await serverDatabase('postgres');
  });
  afterAll(async () => {
    await postgres?.remove();
    rmSync(folder, { recursive: true, force: true });
  });

  it('restores into a new embedded folder and backs it up to the same lines', async () => {
    const restored = await npmRun('restore', [original], embedded);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toMatch(
      new RegExp(`^Restored .*city\\.backup: ${backupTables.length} tables, [\\d,]+ rows`),
    );
    expect(restored.code).toBe(0);

    const backedUp = await npmRun('backup', [again], embedded);
    expect(backedUp.stdout).toMatch(
      new RegExp(
        `^Wrote .*again\\.backup: ${backupTables.length} tables, [\\d,]+ rows, [\\d,]+ bytes`,
      ),
    );
    expect(backedUp.code).toBe(0);
    expect(linesOf(again)).toEqual(linesOf(original));
  });

  it('keeps an existing backup file unless told --force', async () => {
    const refused = await npmRun('backup', [again], embedded);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/again\.backup exists already.*--force/);
    const forced = await npmRun('backup', [again, '--force'], embedded);
    expect(forced.code).toBe(0);
  });

  it('refuses to restore into a database with rows', async () => {
    const refused = await npmRun('restore', [original], embedded);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/The database is not empty/);
  });

  it('says what is wrong with a missing file, another kind of file, a missing folder or a missing argument', async () => {
    const missingFile = await npmRun('restore', [join(folder, 'nothing.backup')], embedded);
    expect([missingFile.code, missingFile.stderr]).toEqual([
      1,
      expect.stringMatching(/Cannot read .*ENOENT/),
    ]);
    const notABackup = await npmRun('restore', [join(folder, 'city.csv')], {
      DATA_DIR: join(folder, 'not-created'),
    });
    expect([notABackup.code, notABackup.stderr]).toEqual([
      1,
      expect.stringMatching(/Not a Chainboard backup/),
    ]);
    expect(existsSync(join(folder, 'not-created'))).toBe(false);
    const missingFolder = await npmRun('backup', [join(folder, 'x.backup')], {
      DATA_DIR: join(folder, 'not-there'),
    });
    expect([missingFolder.code, missingFolder.stderr]).toEqual([
      1,
      expect.stringMatching(/No database in/),
    ]);
    const noArgument = await npmRun('backup', [], embedded);
    expect([noArgument.code, noArgument.stderr]).toEqual([
      1,
      expect.stringMatching(/Usage: npm run backup -- FILE/),
    ]);
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    'moves the embedded city to PostgreSQL with the two commands',
    async () => {
      const moved = await npmRun('restore', [again], postgres?.env ?? {});
      expect(moved.stdout).toMatch(/^Restored .*PostgreSQL/);
      expect(moved.code).toBe(0);
      const fromPostgres = join(folder, 'postgres.backup');
      expect((await npmRun('backup', [fromPostgres], postgres?.env ?? {})).code).toBe(0);
      expect(linesOf(fromPostgres)).toEqual(linesOf(original));
    },
  );
});
