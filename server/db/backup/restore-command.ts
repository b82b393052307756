import { readFileSync } from 'node:fs';
import { applyMigrations } from '../open';
import { counted, runDatabaseCommand } from './cli';
import { decryptBackup, isEncryptedBackup } from './encryption';
import { checkBackup, restoreBackup } from './read';

/** `npm run restore -- FILE [--passphrase-file PASSFILE]`: a backup into an empty database. */
await runDatabaseCommand({
  usage: 'npm run restore -- FILE [--passphrase-file PASSFILE]',
  createsDatabase: true,
  async readInput(file, { passphrase }) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new Error(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`, {
        cause: error,
      });
    }
    if (isEncryptedBackup(bytes)) {
      if (passphrase === undefined) {
        throw new Error(
          `${file} is an encrypted backup: give its passphrase with --passphrase-file PASSFILE or in BACKUP_PASSPHRASE`,
        );
      }
      bytes = await decryptBackup(bytes, passphrase);
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
