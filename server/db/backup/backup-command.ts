import { existsSync, writeFileSync } from 'node:fs';
import { backupPassphraseSchema } from '../../contract/backup';
import { counted, runDatabaseCommand } from './cli';
import { encryptBackup } from './encryption';
import { createBackup } from './write';

/**
 * `npm run backup -- FILE [--force] [--passphrase-file PASSFILE]`: the whole database into
 * FILE, encrypted when a passphrase is given (the file, or BACKUP_PASSPHRASE).
 */
await runDatabaseCommand({
  usage: 'npm run backup -- FILE [--force] [--passphrase-file PASSFILE]',
  createsDatabase: false,
  readInput(file, { force, passphrase }) {
    if (existsSync(file) && !force) {
      throw new Error(`${file} exists already: choose another name, or add --force to replace it`);
    }
    if (passphrase === undefined) return { passphrase };
    const checked = backupPassphraseSchema.safeParse(passphrase);
    if (!checked.success) {
      throw new Error(`The passphrase ${checked.error.issues[0]?.message ?? 'is not usable'}`);
    }
    return { passphrase };
  },
  async work(opened, file, { passphrase }) {
    const { bytes, summary } = await createBackup(opened.db, new Date());
    const written = passphrase === undefined ? bytes : await encryptBackup(bytes, passphrase);
    writeFileSync(file, written);
    const encrypted = passphrase === undefined ? '' : ', encrypted';
    return `Wrote ${file}: ${counted(summary.tables, 'tables')}, ${counted(summary.rows, 'rows')}, ${counted(written.byteLength, 'bytes')}${encrypted}`;
  },
});
