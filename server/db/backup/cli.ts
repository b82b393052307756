import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readEnv, type Env } from '../../env';
import { databaseTarget, openDatabase, type OpenDatabase } from '../open';

interface DatabaseCommand<Input> {
  usage: string;
  /** Restore may start a new PGlite folder; a backup of a folder that is not there is a mistake. */
  createsDatabase: boolean;
  /** Checks on the file, done before the database is opened so a mistake is told at once. */
  readInput(file: string, options: CommandOptions): Input | Promise<Input>;
  /** Does the work and says what it did. */
  work(opened: OpenDatabase, file: string, input: Input): Promise<string>;
}

export interface CommandOptions {
  force: boolean;
  /** From `--passphrase-file` or BACKUP_PASSPHRASE; undefined when neither is given. */
  passphrase: string | undefined;
}

/**
 * The passphrase of `--passphrase-file FILE` (its first line) or BACKUP_PASSPHRASE. Never an
 * argument of its own: command lines are visible to every user of the machine (`ps`).
 */
function readPassphrase(file: string | undefined, env: Env): string | undefined {
  if (file !== undefined && env.BACKUP_PASSPHRASE !== undefined) {
    throw new Error(
      'Give the passphrase one way: --passphrase-file or BACKUP_PASSPHRASE, not both',
    );
  }
  if (file === undefined) return env.BACKUP_PASSPHRASE;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `Cannot read the passphrase file ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`,
      { cause: error },
    );
  }
  // The line an editor or `echo` ends the file with is not part of the passphrase.
  const passphrase = text.replace(/\r?\n$/, '');
  if (passphrase === '') throw new Error(`The passphrase file ${file} is empty`);
  return passphrase;
}

/**
 * The frame of `npm run backup` and `npm run restore`: the file argument, the database `npm
 * start` would use (DATABASE_URL, else the DATA_DIR folder), and on any failure its message
 * and exit code 1.
 */
export async function runDatabaseCommand<Input>(command: DatabaseCommand<Input>): Promise<void> {
  const started = performance.now();
  let opened: OpenDatabase | undefined;
  try {
    const { positionals, values } = parseArgs({
      allowPositionals: true,
      options: {
        force: { type: 'boolean', default: false },
        'passphrase-file': { type: 'string' },
      },
    });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new Error(`Usage: ${command.usage}`);
    const env = readEnv();
    const passphrase = readPassphrase(values['passphrase-file'], env);
    const target = databaseTarget(env);
    if (target.engine === 'pglite' && !command.createsDatabase && !existsSync(target.dataDir)) {
      throw new Error(
        `No database in ${target.dataDir}: set DATA_DIR or DATABASE_URL to the one to back up`,
      );
    }
    const input = await command.readInput(file, { force: values.force, passphrase });
    opened = await openDatabase(target);
    const done = await command.work(opened, file, input);
    const where = target.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : target.dataDir;
    console.log(`${done} (database: ${where}; ${Math.round(performance.now() - started)} ms)`);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  } finally {
    await opened?.close();
  }
}

/** `1,234,567 bytes`: counts a reader can take in at a glance. */
export const counted = (count: number, unit: string) => `${count.toLocaleString('en-US')} ${unit}`;
