import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readEnv } from '../../env';
import { counted } from '../backup/cli';
import { databaseTarget, openDatabase, type OpenDatabase } from '../open';
import { archiveAuditTrails } from './archive';

const help = `Usage: npm run audit:archive -- --out FILE [--before YYYY-MM-DD]

Moves the rows of both audit trails (安全审计 security_events and 修改记录 audit_events) that
are older than the security policy's retention (auditRetentionDays, 180 days unless the
security administrator set more) out of the database into FILE, gzip-compressed JSON lines,
with FILE.sha256 beside it (check it later with: sha256sum -c FILE.sha256).

The file is written, read back and checked first; the rows are deleted only when it holds
exactly them, and the archive is recorded in the security audit. If anything fails, nothing
is deleted. FILE must not exist yet.

  --out FILE           where to write the archive (required)
  --before YYYY-MM-DD  archive only the rows before this city day; it may be earlier than
                       the retention allows, never later

When: whenever the trails have grown large, e.g. once a month. The archived rows exist only in
FILE afterwards: keep it where the backups are kept, for as long as the rules require.
The database is the one npm start uses (DATABASE_URL, else the DATA_DIR folder).`;

/** `npm run audit:archive -- --out FILE [--before DAY]` */
async function main(): Promise<void> {
  let opened: OpenDatabase | undefined;
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        before: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) {
      console.log(help);
      return;
    }
    if (!values.out || positionals.length > 0) throw new Error(help);
    if (existsSync(values.out)) {
      throw new Error(`${values.out} exists already: an archive is never written over`);
    }
    const target = databaseTarget(readEnv());
    if (target.engine === 'pglite' && !existsSync(target.dataDir)) {
      throw new Error(`No database in ${target.dataDir}: set DATA_DIR or DATABASE_URL`);
    }
    opened = await openDatabase(target);
    const result = await archiveAuditTrails(opened.db, {
      now: new Date(),
      out: values.out,
      before: values.before,
    });
    console.log(
      result.archived
        ? `Archived ${counted(result.rows.audit_events, 'data changes')} and ${counted(result.rows.security_events, 'security events')} from before ${result.before} into ${result.file} (${counted(result.bytes, 'bytes')}, sha256 ${result.sha256}), and deleted them from the database`
        : `Nothing to archive: no audit event is from before ${result.before}; no file was written`,
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  } finally {
    await opened?.close();
  }
}

await main();
