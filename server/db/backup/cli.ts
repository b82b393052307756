import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readEnv } from '../../env';
import { databaseTarget, openDatabase, type OpenDatabase } from '../open';

interface DatabaseCommand<Input> {
  usage: string;
  /** Restore may start a new PGlite folder; a backup of a folder that is not there is a mistake. */
  createsDatabase: boolean;
  /** Checks on the file, done before the database is opened so a mistake is told at once. */
  readInput(file: string, options: { force: boolean }): Input | Promise<Input>;
  /** Does the work and says what it did. */
  work(opened: OpenDatabase, file: string, input: Input): Promise<string>;
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
      options: { force: { type: 'boolean', default: false } },
    });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new Error(`Usage: ${command.usage}`);
    const target = databaseTarget(readEnv());
    if (target.engine === 'pglite' && !command.createsDatabase && !existsSync(target.dataDir)) {
      throw new Error(
        `No database in ${target.dataDir}: set DATA_DIR or DATABASE_URL to the one to back up`,
      );
    }
    const input = await command.readInput(file, { force: values.force });
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
