import { readFileSync } from 'node:fs';
import { applyMigrations } from '../open';
import { counted, runDatabaseCommand } from './cli';
import { checkBackup, restoreBackup } from './read';

/** `npm run restore -- FILE`: a backup into an empty database, migrated here first. */
await runDatabaseCommand({
  usage: 'npm run restore -- FILE',
  createsDatabase: true,
  async readInput(file) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new Error(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`, {
        cause: error,
      });
    }
    // A damaged file is told before a new database is created for it.
    await checkBackup(bytes);
    return bytes;
  },
  async work(opened, file, bytes) {
    const summary = await opened.withSetupLock(async () => {
      await applyMigrations(opened);
      return restoreBackup(opened.db, bytes);
    });
    return `Restored ${file}: ${counted(summary.tables, 'tables')}, ${counted(summary.rows, 'rows')}, ${counted(summary.bytes, 'bytes')}`;
  },
});
