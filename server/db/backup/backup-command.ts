import { existsSync, writeFileSync } from 'node:fs';
import { counted, runDatabaseCommand } from './cli';
import { createBackup } from './write';

/** `npm run backup -- FILE [--force]`: the whole database into FILE. */
await runDatabaseCommand({
  usage: 'npm run backup -- FILE [--force]',
  createsDatabase: false,
  readInput(file, { force }) {
    if (existsSync(file) && !force) {
      throw new Error(`${file} exists already: choose another name, or add --force to replace it`);
    }
  },
  async work(opened, file) {
    const { bytes, summary } = await createBackup(opened.db, new Date());
    writeFileSync(file, bytes);
    return `Wrote ${file}: ${counted(summary.tables, 'tables')}, ${counted(summary.rows, 'rows')}, ${counted(summary.bytes, 'bytes')}`;
  },
});
