import { PGlite } from '@electric-sql/pglite';
import { asc, count, desc, eq, type Logger } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { cityDay } from '../server/contract/city-time';
import { firmListQuerySchema } from '../server/contract/firms';
import { chainRefsOf } from '../server/app/queries/chain-refs';
import { loadChainSections } from '../server/app/routes/chains/chain-detail.queries';
import { loadChainIndicators } from '../server/app/routes/chains/chain-indicators';
import { selectChains } from '../server/app/routes/chains/chains.queries';
import { findFirms, firmChainLink } from '../server/app/routes/firms/firms.queries';
import { loadOverviewData } from '../server/app/routes/overview/overview.queries';
import type { Database } from '../server/db/database';
import * as schema from '../server/db/schema';
import { startServerProcess } from '../tests/browser/support/app-process';
import { apiCookie, sampleViewer } from '../tests/browser/support/sign-in';
import { apiServerArgs } from '../tests/support/server-database';
import type { Engine } from '../tests/support/test-database';
import { benchDatabase, benchEngines, engineNames, type BenchDatabase } from './bench-databases';
import {
  formatMs,
  formatSummary,
  loadHttp,
  numberFromEnv,
  summarise,
  type LatencySummary,
} from './latency';
import { printWhenRunAlone, type BenchRow } from './table';

/*
 * API latency and throughput under load against the same SQL sent straight to the database.
 * For each engine and scale: the SQL each route's handler runs is recorded by calling the
 * handler's own query functions on a logging Drizzle, replayed raw by `connections` concurrent
 * loops; then one production API server is started on that database and autocannon sends the
 * route with the same number of connections, signed in as the sample viewer.
 */

export interface ApiBenchOptions {
  engines: Engine[];
  scales: number[];
  /** Seconds of measured load per route (after the warm-up). */
  seconds: number;
  warmUpSeconds: number;
  connections: number;
  reseed: boolean;
}

export function apiBenchOptionsFromEnv(): ApiBenchOptions {
  return {
    engines: benchEngines(),
    scales: (process.env.SCALES ?? '1,20').split(',').map(Number),
    seconds: numberFromEnv('DURATION', 10),
    warmUpSeconds: numberFromEnv('WARMUP', 2),
    connections: numberFromEnv('CONNECTIONS', 50),
    reseed: process.env.RESEED === '1',
  };
}

/** The API must cost at most this many times the raw SQL's p50. */
const MAX_RATIO = 2;

/** Overview p95 goals at scale 20, per engine (issue 7). */
const overviewP95Goal: Record<Engine, number> = { pglite: 50, postgres: 25 };

interface Statement {
  sql: string;
  params: unknown[];
}

/** Statements a request sends, round by round: a round's statements are sent together. */
type Rounds = Statement[][];

interface RouteCase {
  name: string;
  path: string;
  /** What the route's handler queries, calling `nextRound` where it awaits one result. */
  queries(db: Database, nextRound: () => void): Promise<unknown>;
}

/** Firms whose name has 科技 (technology), in a chain, high-tech, largest revenue first. */
function firmSearch(chainId: number): string {
  return `q=${encodeURIComponent('科技')}&chain=${chainId}&tag=high_tech&sort=revenue&order=desc`;
}

function routeCases(chainId: number): RouteCase[] {
  const asOf = cityDay(new Date());
  const firmQuery = firmListQuerySchema.parse(
    Object.fromEntries(new URLSearchParams(firmSearch(chainId))),
  );
  return [
    {
      name: 'overview',
      path: '/api/overview',
      queries: (db) => loadOverviewData(db, asOf),
    },
    {
      name: 'chain page',
      path: `/api/chains/${chainId}`,
      queries: (db) =>
        Promise.all([
          selectChains(db).where(eq(schema.chains.id, chainId)),
          loadChainSections(db, chainId, asOf),
        ]),
    },
    {
      name: 'chain page indicators',
      path: `/api/chains/${chainId}/indicators`,
      queries: (db) =>
        Promise.all([
          selectChains(db).where(eq(schema.chains.id, chainId)),
          loadChainIndicators(db, chainId),
        ]),
    },
    {
      name: 'firm search',
      path: `/api/firms?${firmSearch(chainId)}`,
      async queries(db, nextRound) {
        const { rows } = await findFirms(db, firmQuery);
        nextRound();
        await chainRefsOf(
          db,
          firmChainLink,
          rows.map((row) => row.id),
        );
      },
    },
  ];
}

/** The requests measured here, for other benches to read: overview, chain page, firm search. */
export function readerPaths(chainId: number): string[] {
  return routeCases(chainId).map((route) => route.path);
}

/** A Drizzle that records the SQL it sends, and a way to send SQL raw on the same database. */
interface RecordingDatabase {
  db: Database;
  record(work: (nextRound: () => void) => Promise<unknown>): Promise<Rounds>;
  execute(statement: Statement): Promise<unknown>;
  close(): Promise<void>;
}

async function openRecording(database: BenchDatabase, connections: number) {
  let rounds: Rounds | undefined;
  const logger: Logger = {
    logQuery: (sql, params) => rounds?.at(-1)?.push({ sql, params }),
  };
  const record: RecordingDatabase['record'] = async (work) => {
    rounds = [[]];
    const captured = rounds;
    await work(() => captured.push([]));
    rounds = undefined;
    return captured.filter((round) => round.length > 0);
  };
  if (database.target.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: database.target.url, max: connections });
    return {
      db: drizzlePg({ client: pool, schema, logger }),
      record,
      execute: ({ sql, params }: Statement) => pool.query(sql, params),
      close: () => pool.end(),
    } satisfies RecordingDatabase;
  }
  if (database.target.engine !== 'pglite') throw new Error('bench databases are on disk');
  const client = new PGlite(database.target.dataDir);
  return {
    db: drizzlePglite({ client, schema, logger }),
    record,
    execute: ({ sql, params }: Statement) => client.query(sql, params),
    close: () => client.close(),
  } satisfies RecordingDatabase;
}

/** The chain with the most firms: its page and its firm search are the heaviest. */
async function busiestChain(db: Database): Promise<number> {
  const [row] = await db
    .select({ chainId: schema.firmChains.chainId })
    .from(schema.firmChains)
    .groupBy(schema.firmChains.chainId)
    .orderBy(desc(count()), asc(schema.firmChains.chainId))
    .limit(1);
  if (!row) throw new Error('The bench database has no firms in any chain');
  return row.chainId;
}

/** `connections` loops each sending a request's statements, round by round, for `seconds`. */
async function loadRaw(
  execute: RecordingDatabase['execute'],
  rounds: Rounds,
  connections: number,
  seconds: number,
): Promise<LatencySummary> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      for (const round of rounds) await Promise.all(round.map(execute));
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  return summarise(latencies, (performance.now() - started) / 1000);
}

interface RawFigures {
  route: RouteCase;
  statements: number;
  raw: LatencySummary;
}

async function measureRaw(database: BenchDatabase, options: ApiBenchOptions) {
  const recording = await openRecording(database, options.connections);
  try {
    const chainId = await busiestChain(recording.db);
    const figures: RawFigures[] = [];
    for (const route of routeCases(chainId)) {
      const rounds = await recording.record((nextRound) => route.queries(recording.db, nextRound));
      const { execute } = recording;
      await loadRaw(execute, rounds, options.connections, options.warmUpSeconds);
      const raw = await loadRaw(execute, rounds, options.connections, options.seconds);
      figures.push({ route, statements: rounds.flat().length, raw });
    }
    return figures;
  } finally {
    await recording.close();
  }
}

/**
 * Waits until the server has answered what autocannon sent and left unanswered at the end of a
 * run: the server keeps working on those (PGlite runs statements one at a time, first come first
 * served), and the next measurement would otherwise pay for them. One more request waits its turn.
 */
async function settle(url: string, path: string, cookie: string) {
  await (await fetch(`${url}${path}`, { headers: { cookie } })).arrayBuffer();
}

async function measureOne(database: BenchDatabase, options: ApiBenchOptions): Promise<BenchRow[]> {
  // Raw first: a PGlite folder can be open in one process only.
  const rawFigures = await measureRaw(database, options);
  const server = await startServerProcess(apiServerArgs, database.env);
  const rows: BenchRow[] = [];
  try {
    const cookie = await apiCookie(server.url, sampleViewer);
    for (const { route, statements, raw } of rawFigures) {
      const load = {
        url: server.url,
        paths: [route.path],
        cookie,
        connections: options.connections,
      };
      await loadHttp({ ...load, seconds: options.warmUpSeconds });
      await settle(server.url, route.path, cookie);
      const api = await loadHttp({ ...load, seconds: options.seconds });
      await settle(server.url, route.path, cookie);
      const ratio = api.summary.p50 / raw.p50;
      const errors = api.non2xx + api.failures;
      const goals = [`API/raw ≤ ${MAX_RATIO}×`, 'no errors'];
      let met = ratio <= MAX_RATIO && errors === 0;
      if (route.name === 'overview' && database.scale === 20) {
        const p95Goal = overviewP95Goal[database.engine];
        goals.unshift(`p95 ≤ ${p95Goal} ms`);
        met &&= api.summary.p95 <= p95Goal;
      }
      rows.push({
        subject: `API · ${route.name} · scale ${database.scale} · ${engineNames[database.engine]}`,
        figure:
          `${formatSummary(api.summary)} · raw SQL (${statements} statements) p50 ` +
          `${formatMs(raw.p50)}, ${Math.round(raw.perSecond).toLocaleString('en')}/s · ` +
          `×${ratio.toFixed(2)}${errors > 0 ? ` · ${errors} ERRORS` : ''}`,
        goal: goals.join(', '),
        met,
      });
    }
  } finally {
    await server.stop();
  }
  return rows;
}

/** Every route on every engine and scale asked for: one row per route. */
export async function measureApi(
  options: ApiBenchOptions = apiBenchOptionsFromEnv(),
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const engine of options.engines) {
    for (const scale of options.scales) {
      const database = await benchDatabase(engine, scale, { reseed: options.reseed });
      const measured = await measureOne(database, options);
      for (const row of measured) console.log(`${row.subject}: ${row.figure}`);
      rows.push(...measured);
    }
  }
  return rows;
}

await printWhenRunAlone(import.meta.url, () => measureApi());
