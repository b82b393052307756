import { randomUUID } from 'node:crypto';
import { and, eq, like } from 'drizzle-orm';
import { groupBy } from '../server/app/queries/group';
import { openDatabase } from '../server/db/open';
import { auditEvents, chains, statusReports } from '../server/db/schema';
import { startServerProcess } from '../tests/browser/support/app-process';
import { apiCookie, samplePassword, sampleViewer } from '../tests/browser/support/sign-in';
import { apiServerArgs } from '../tests/support/server-database';
import type { Engine } from '../tests/support/test-database';
import { readerPaths } from './api-latency';
import { benchDatabase, benchEngines, copyOf, engineNames } from './bench-databases';
import { formatMs, formatSummary, loadHttp, numberFromEnv, summarise } from './latency';
import { printWhenRunAlone, type BenchRow } from './table';

/*
 * Readers and writers at once against one API server on the city at scale: readers (autocannon)
 * cycle through the overview, chain pages, firm searches and problem lists; each writer, signed
 * in as the editor of a chain, alternates a versioned status change (re-read and retried on 409)
 * and a status report created with an Idempotency-Key (every third one sent twice, as a client
 * retrying after a lost answer would). Afterwards the database must hold every acknowledged write.
 * Runs on a copy of the seeded database, which stays as seeded.
 */

export interface LoadOptions {
  engines: Engine[];
  scale: number;
  seconds: number;
  readers: number;
  writers: number;
}

export function loadOptionsFromEnv(): LoadOptions {
  return {
    engines: benchEngines(),
    scale: numberFromEnv('LOAD_SCALE', 20),
    seconds: numberFromEnv('DURATION', 60),
    readers: numberFromEnv('READERS', 200),
    writers: numberFromEnv('WRITERS', 20),
  };
}

interface AcknowledgedUpdate {
  chainId: number;
  version: number;
  statusNote: string;
}

interface AcknowledgedCreate {
  title: string;
  id: number;
}

interface WriterLog {
  latencies: number[];
  updates: AcknowledgedUpdate[];
  creates: AcknowledgedCreate[];
  /** 409s on a stale version: expected between writers of one chain, re-read and retried. */
  conflicts: number;
  /** Creates sent again with their key, answered with the first answer. */
  replays: number;
  errors: string[];
}

const statuses = ['red', 'amber', 'green'] as const;

/** Gives up a status change after this many conflicts in a row (then it counts as an error). */
const MAX_RETRIES = 50;

interface Writer {
  url: string;
  cookie: string;
  chainId: number;
  name: string;
  until: number;
  log: WriterLog;
}

async function send(
  writer: Writer,
  method: 'PUT' | 'POST',
  path: string,
  body: unknown,
  key?: string,
) {
  const sent = performance.now();
  const response = await fetch(`${writer.url}${path}`, {
    method,
    headers: {
      cookie: writer.cookie,
      origin: writer.url,
      'content-type': 'application/json',
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as Record<string, unknown>;
  writer.log.latencies.push(performance.now() - sent);
  return { status: response.status, answer };
}

async function changeStatus(writer: Writer, n: number, version: number): Promise<number> {
  const statusNote = `${writer.name}-${n}`;
  const status = statuses[n % statuses.length];
  for (let attempt = 0; attempt < MAX_RETRIES; attempt += 1) {
    const path = `/api/chains/${writer.chainId}/status`;
    const { status: code, answer } = await send(writer, 'PUT', path, {
      status,
      statusNote,
      version,
    });
    if (code === 200) {
      const saved = answer as { version: number };
      writer.log.updates.push({ chainId: writer.chainId, version: saved.version, statusNote });
      return saved.version;
    }
    if (code !== 409) throw new Error(`PUT ${path}: ${code} ${JSON.stringify(answer)}`);
    writer.log.conflicts += 1;
    version = (answer.current as { version: number }).version;
  }
  throw new Error(`${statusNote}: still conflicting after ${MAX_RETRIES} tries`);
}

async function createReport(writer: Writer, n: number) {
  const title = `${writer.name}-${n}`;
  const path = `/api/chains/${writer.chainId}/status-reports`;
  const body = { reportedOn: '2026-06-15', status: 'green', title, body: '负载测试写入' };
  const first = await send(writer, 'POST', path, body, title);
  if (first.status !== 201) throw new Error(`POST ${path}: ${first.status}`);
  const id = (first.answer as { id: number }).id;
  writer.log.creates.push({ title, id });
  if (n % 3 === 0) {
    const again = await send(writer, 'POST', path, body, title);
    if (again.status !== 201 || (again.answer as { id: number }).id !== id) {
      throw new Error(
        `${title} sent again: ${again.status}, id ${String(again.answer.id)} not ${id}`,
      );
    }
    writer.log.replays += 1;
  }
}

async function runWriter(writer: Writer) {
  const chainAnswer = await fetch(`${writer.url}/api/chains/${writer.chainId}`, {
    headers: { cookie: writer.cookie },
  });
  let version = ((await chainAnswer.json()) as { version: number }).version;
  for (let n = 0; performance.now() < writer.until; n += 1) {
    try {
      if (n % 2 === 0) version = await changeStatus(writer, n, version);
      else await createReport(writer, n);
    } catch (error) {
      // fetch's own message is "fetch failed"; what failed is in its cause.
      const cause = (error as Error).cause as { code?: string; message?: string } | undefined;
      const why = cause ? `: ${cause.code ?? ''} ${cause.message ?? ''}` : '';
      writer.log.errors.push(`${writer.name}-${n}: ${(error as Error).message}${why}`);
    }
  }
}

/** Acknowledged writes the database does not hold as acknowledged, each described. */
async function lostWrites(
  target: Parameters<typeof openDatabase>[0],
  runId: string,
  updates: AcknowledgedUpdate[],
  creates: AcknowledgedCreate[],
): Promise<string[]> {
  const opened = await openDatabase(target);
  const lost: string[] = [];
  try {
    const db = opened.db;
    const stored = await db
      .select({ id: statusReports.id, title: statusReports.title })
      .from(statusReports)
      .where(like(statusReports.title, `${runId}%`));
    const idsByTitle = groupBy(stored, (row) => row.title);
    for (const create of creates) {
      const ids = (idsByTitle.get(create.title) ?? []).map((row) => row.id);
      if (ids.length !== 1 || ids[0] !== create.id) {
        lost.push(
          `status report ${create.title}: stored as [${ids.join(', ')}], answered ${create.id}`,
        );
      }
    }
    if (stored.length !== creates.length) {
      lost.push(`${stored.length} status reports stored, ${creates.length} acknowledged`);
    }

    const audited = await db
      .select({ entityId: auditEvents.entityId, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'chain_status'), eq(auditEvents.action, 'update')));
    const auditedKeys = new Set(
      audited.map(({ entityId, after }) => {
        const record = after as { version: number; statusNote: string };
        return `${entityId} ${record.version} ${record.statusNote}`;
      }),
    );
    for (const update of updates) {
      if (!auditedKeys.has(`${update.chainId} ${update.version} ${update.statusNote}`)) {
        lost.push(`chain ${update.chainId} version ${update.version}: not in the audit trail`);
      }
    }
    for (const [chainId, acknowledged] of groupBy(updates, (update) => update.chainId)) {
      const last = acknowledged.reduce((a, b) => (b.version > a.version ? b : a));
      const [now] = await db
        .select({ version: chains.version, statusNote: chains.statusNote })
        .from(chains)
        .where(eq(chains.id, chainId));
      if (now?.version !== last.version || now.statusNote !== last.statusNote) {
        lost.push(
          `chain ${chainId}: is version ${now?.version} "${now?.statusNote}", ` +
            `last acknowledged ${last.version} "${last.statusNote}"`,
        );
      }
    }
  } finally {
    await opened.close();
  }
  return lost;
}

async function loadOne(engine: Engine, options: LoadOptions): Promise<BenchRow[]> {
  const seeded = await benchDatabase(engine, options.scale);
  const database = await copyOf(seeded, 'load');
  const runId = `load-${randomUUID().slice(0, 8)}`;
  const logs: WriterLog[] = [];
  let readers;
  try {
    const server = await startServerProcess(apiServerArgs, database.env);
    try {
      const { url } = server;
      const viewerCookie = await apiCookie(url, sampleViewer);
      const chainList = (await (
        await fetch(`${url}/api/chains`, { headers: { cookie: viewerCookie } })
      ).json()) as { items: { id: number; code: string }[] };
      // Signing in hashes the password on purpose slowly: done before the clock starts.
      const writerCookies = await Promise.all(
        Array.from({ length: options.writers }, (_, n) => {
          const chain = chainList.items[n % chainList.items.length];
          if (!chain) throw new Error('The bench database has no chains');
          const editor = { username: `editor-${chain.code}`, password: samplePassword };
          return apiCookie(url, editor).then((cookie) => ({ chainId: chain.id, cookie }));
        }),
      );
      const until = performance.now() + options.seconds * 1000;
      const writers = writerCookies.map(({ chainId, cookie }, n): Writer => {
        const log: WriterLog = {
          latencies: [],
          updates: [],
          creates: [],
          conflicts: 0,
          replays: 0,
          errors: [],
        };
        logs.push(log);
        return { url, cookie, chainId, name: `${runId}-w${n}`, until, log };
      });
      const paths = chainList.items
        .slice(0, 3)
        .flatMap((chain) => [
          ...readerPaths(chain.id),
          `/api/problems?chain=${chain.id}&status=open&sort=deadline&order=asc`,
        ]);
      [readers] = await Promise.all([
        loadHttp({
          url,
          paths,
          cookie: viewerCookie,
          connections: options.readers,
          seconds: options.seconds,
        }),
        ...writers.map(runWriter),
      ]);
    } finally {
      // Stopped before checking: PGlite's folder opens in one process at a time.
      await server.stop();
    }
    const updates = logs.flatMap((log) => log.updates);
    const creates = logs.flatMap((log) => log.creates);
    const lost = await lostWrites(database.target, runId, updates, creates);
    const writeErrors = logs.flatMap((log) => log.errors);
    for (const problem of [...writeErrors, ...lost].slice(0, 10)) console.log(`  ${problem}`);
    const where = `scale ${options.scale} · ${engineNames[engine]}`;
    const writeSummary = summarise(
      logs.flatMap((log) => log.latencies),
      options.seconds,
    );
    const readErrors = readers.non2xx + readers.failures;
    const sum = (count: (log: WriterLog) => number) =>
      logs.reduce((total, log) => total + count(log), 0);
    return [
      {
        subject: `Load · ${options.readers} readers · ${options.seconds} s · ${where}`,
        figure:
          `${formatSummary(readers.summary)} · ${readers.summary.count.toLocaleString('en')} ` +
          `answers · ${readers.non2xx} non-2xx · ${readers.failures} timeouts or socket errors`,
        goal: 'no errors',
        met: readErrors === 0,
      },
      {
        subject: `Load · ${options.writers} writers · ${options.seconds} s · ${where}`,
        figure:
          `p50 ${formatMs(writeSummary.p50)} · p95 ${formatMs(writeSummary.p95)} · ` +
          `${Math.round(writeSummary.perSecond)} req/s · ${updates.length} updates ` +
          `(${sum((log) => log.conflicts)} 409s retried) · ${creates.length} creates ` +
          `(${sum((log) => log.replays)} replayed) · ${writeErrors.length} errors · ${lost.length} lost`,
        goal: 'no errors, no lost writes',
        met: writeErrors.length === 0 && lost.length === 0,
      },
    ];
  } finally {
    await database.remove();
  }
}

/** The load run on every engine asked for: a readers row and a writers row each. */
export async function measureLoad(
  options: LoadOptions = loadOptionsFromEnv(),
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const engine of options.engines) {
    const measured = await loadOne(engine, options);
    for (const row of measured) console.log(`${row.subject}: ${row.figure}`);
    rows.push(...measured);
  }
  return rows;
}

await printWhenRunAlone(import.meta.url, () => measureLoad());
