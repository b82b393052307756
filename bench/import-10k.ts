import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createApp, type App } from '../server/app/create-app';
import { firms } from '../server/db/schema';
import { openDatabase, type OpenDatabase } from '../server/db/open';
import { prepareDatabase } from '../server/db/prepare';
import { creditCode } from '../server/db/sample/credit-codes';
import { Random } from '../server/db/sample/random';
import { importFile, postFile } from '../tests/api/support/import-files';
import { sampleNow } from '../tests/support/sample-clock';
import { createTestUser } from '../tests/support/sessions';
import { printWhenRunAlone, type BenchRow } from './table';

/*
 * A 10,000-row firms import on the sample city: preview and commit of an XLSX (10,000 new
 * firms), then of a CSV changing every one of them (10,000 updates), on PGlite and on
 * PostgreSQL (TEST_DATABASE_URL or DATABASE_URL: a throw-away database is made beside it).
 */

const ROWS = 10_000;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

async function tenThousandFirms(db: OpenDatabase['db']) {
  const taken = new Set(
    (await db.select({ code: firms.creditCode }).from(firms)).flatMap((row) =>
      row.code ? [row.code] : [],
    ),
  );
  const random = new Random(20_261_129);
  return Array.from({ length: ROWS }, (_, index) => ({
    name: `基准导入企业 ${index + 1}`,
    creditCode: creditCode(random, '涪城区', true, taken),
    chainIds: '新型显示',
    revenueBand: '亿元级',
    revenueYi: 1 + (index % 90) / 10,
    tags: '规上企业',
    foundedYear: 2000 + (index % 25),
    employees: 50 + index,
  }));
}

async function measureOn(label: string, opened: OpenDatabase): Promise<BenchRow[]> {
  await prepareDatabase(opened, { sampleData: true, today: '2026-06-15', log: () => {} });
  const app: App = createApp({ db: opened.db, now: sampleNow });
  const { cookie } = await createTestUser(opened.db, { role: 'admin' });
  const rows = await tenThousandFirms(opened.db);
  const rowsOut: BenchRow[] = [];

  const run = async (what: string, file: Uint8Array, name: string) => {
    const preview = await timed(() =>
      postFile(app, `/api/imports/firms/preview?name=${name}`, file, { cookie }),
    );
    if (preview.value.status !== 200) throw new Error(JSON.stringify(preview.value.body));
    const path = `/api/imports/firms?name=${name}&preview=${preview.value.body.preview}`;
    const commit = await timed(() => postFile(app, path, file, { cookie }));
    if (commit.value.status !== 201) throw new Error(JSON.stringify(commit.value.body));
    const kb = Math.round(file.length / 1024);
    rowsOut.push(
      {
        subject: `Import · ${what} · preview · ${label}`,
        figure: `${(preview.ms / 1000).toFixed(2)} s (${kb} KB)`,
      },
      {
        subject: `Import · ${what} · commit · ${label}`,
        figure: `${(commit.ms / 1000).toFixed(2)} s`,
      },
    );
  };

  await run('10,000 new firms (XLSX)', await importFile('firms', rows, 'xlsx'), 'firms.xlsx');
  const changed = rows.map((row) => ({ ...row, employees: row.employees + 1 }));
  await run('10,000 firm updates (CSV)', await importFile('firms', changed, 'csv'), 'firms.csv');
  return rowsOut;
}

async function onPostgres(url: string): Promise<BenchRow[]> {
  const name = `chainboard_bench_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const opened = await openDatabase({ engine: 'postgres', url: target.toString() });
  try {
    return await measureOn('PostgreSQL', opened);
  } finally {
    await opened.close();
    await admin.query(`drop database ${name}`);
    await admin.end();
  }
}

export async function measureImport(): Promise<BenchRow[]> {
  const pglite = await openDatabase({ engine: 'pglite-memory' });
  const rows: BenchRow[] = [];
  try {
    rows.push(...(await measureOn('PGlite', pglite)));
  } finally {
    await pglite.close();
  }
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (url) rows.push(...(await onPostgres(url)));
  return rows;
}

await printWhenRunAlone(import.meta.url, measureImport);
