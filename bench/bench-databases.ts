import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { count } from 'drizzle-orm';
import pg from 'pg';
import { SAMPLE_SECURITY_POLICY, storeSecurityPolicy } from '../server/app/security/policy';
import { applyMigrations, openDatabase, type DatabaseTarget } from '../server/db/open';
import { firms } from '../server/db/schema';
import { withDatabase } from '../tests/support/database-url';
import type { Engine } from '../tests/support/test-database';

/*
 * The seeded city-scale databases the API benchmarks run on, kept between runs because seeding
 * scale 20 takes a minute or two: a PGlite folder per scale under `.bench/` (git-ignored) and a
 * PostgreSQL database per scale, chainboard_bench_<scale>, on BENCH_DATABASE_URL's server (else
 * TEST_DATABASE_URL's). Seeded only when missing, or anew with `reseed`.
 */

export const engineNames: Record<Engine, string> = { pglite: 'PGlite', postgres: 'PostgreSQL' };

const benchFolder = resolve('.bench');

/** The PostgreSQL server the bench databases live on, or undefined when none is configured. */
export function benchServerUrl(): string | undefined {
  return process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
}

/** PGlite always, PostgreSQL when a server is configured; ENGINES=pglite,postgres picks. */
export function benchEngines(): Engine[] {
  const asked = process.env.ENGINES?.split(',').map((name) => name.trim());
  const available: Engine[] = benchServerUrl() ? ['pglite', 'postgres'] : ['pglite'];
  if (!asked) return available;
  for (const name of asked) {
    if (!available.includes(name as Engine)) {
      throw new Error(`ENGINES: ${name} is not available (set BENCH_DATABASE_URL for postgres)`);
    }
  }
  return asked as Engine[];
}

export interface BenchDatabase {
  engine: Engine;
  scale: number;
  /** What a server process is started with to use it. */
  env: Record<string, string>;
  target: DatabaseTarget;
}

function databaseAt(engine: Engine, scale: number, name = `${scale}`): BenchDatabase {
  if (engine === 'pglite') {
    const dataDir = resolve(benchFolder, `pglite-${name}`);
    return { engine, scale, env: { DATA_DIR: dataDir }, target: { engine, dataDir } };
  }
  const server = benchServerUrl();
  if (!server) throw new Error('Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) for PostgreSQL');
  const url = withDatabase(server, `chainboard_bench_${name}`);
  return { engine, scale, env: { DATABASE_URL: url }, target: { engine, url } };
}

async function withServer<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: benchServerUrl() });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

async function createPostgresDatabase(name: string, template?: string) {
  await withServer(async (admin) => {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount === 0) {
      await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
    }
  });
}

/** Whether the seed finished: it loads everything in one transaction, so any firm means all. */
async function isSeeded(database: BenchDatabase): Promise<boolean> {
  if (database.target.engine === 'pglite' && !existsSync(database.target.dataDir)) return false;
  const opened = await openDatabase(database.target);
  try {
    const [row] = await opened.db.select({ firms: count() }).from(firms);
    return (row?.firms ?? 0) > 0;
  } catch {
    return false; // no tables yet
  } finally {
    await opened.close();
  }
}

/** The sample city ×`scale` on `engine`, seeded first when missing (or always with `reseed`). */
export async function benchDatabase(
  engine: Engine,
  scale: number,
  { reseed = false }: { reseed?: boolean } = {},
): Promise<BenchDatabase> {
  const database = databaseAt(engine, scale);
  if (engine === 'postgres') await createPostgresDatabase(`chainboard_bench_${scale}`);
  else mkdirSync(benchFolder, { recursive: true });
  if (reseed || !(await isSeeded(database))) {
    console.log(
      `Seeding the sample city ×${scale} on ${engineNames[engine]} (once; kept in .bench/ or chainboard_bench_${scale})…`,
    );
    execFileSync(
      'node_modules/.bin/tsx',
      ['server/db/seed.ts', '--scale', String(scale), '--reset'],
      {
        stdio: 'inherit',
        env: { ...withoutDatabaseSettings(process.env), ...database.env },
      },
    );
  }
  await useBenchPolicy(database);
  return database;
}

/**
 * The sample city's policy (no second factor for the benches' editors), with the per-session
 * request limit at its maximum: a bench sends many readers' requests through one session, where
 * a city has a session per person. Set on every run, so a database seeded by an older version
 * (before the policy existed) gets it too.
 */
async function useBenchPolicy(database: BenchDatabase): Promise<void> {
  const opened = await openDatabase(database.target);
  try {
    await applyMigrations(opened);
    await opened.db.transaction((tx) =>
      storeSecurityPolicy(
        tx,
        { ...SAMPLE_SECURITY_POLICY, requestsPerMinute: 100_000 },
        { version: 1, updatedAt: new Date(), updatedBy: null },
      ),
    );
  } finally {
    await opened.close();
  }
}

/** The environment without the database a shell may have set for `npm start` or the tests. */
function withoutDatabaseSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => name !== 'DATABASE_URL' && name !== 'DATA_DIR'),
  );
}

/**
 * A throwaway copy of a bench database, for runs that write (the load run), so the seeded one
 * stays as seeded and the latency figures of later runs stay comparable.
 */
export async function copyOf(
  source: BenchDatabase,
  purpose: string,
): Promise<BenchDatabase & { remove(): Promise<void> }> {
  const name = `${source.scale}_${purpose}`;
  const copy = databaseAt(source.engine, source.scale, name);
  if (copy.target.engine === 'pglite' && source.target.engine === 'pglite') {
    const { dataDir } = copy.target;
    rmSync(dataDir, { recursive: true, force: true });
    cpSync(source.target.dataDir, dataDir, { recursive: true });
    return { ...copy, remove: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const database = `chainboard_bench_${name}`;
  await withServer((admin) => admin.query(`drop database if exists ${database} with (force)`));
  await createPostgresDatabase(database, `chainboard_bench_${source.scale}`);
  return {
    ...copy,
    remove: () =>
      withServer(async (admin) => {
        await admin.query(`drop database if exists ${database} with (force)`);
      }),
  };
}
