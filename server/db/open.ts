import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Env } from '../env';
import type { Database } from './database';
import * as schema from './schema';

// Not `new URL(…, import.meta.url)`: bundlers and Vitest's jsdom rewrite that to an http URL.
export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export type DatabaseTarget =
  | { engine: 'postgres'; url: string }
  | { engine: 'pglite'; dataDir: string }
  | { engine: 'pglite-memory' };

/** PostgreSQL when `DATABASE_URL` is set, otherwise PGlite in the `DATA_DIR` folder. */
export function databaseTarget(
  env: Pick<Env, 'DATABASE_URL' | 'DATA_DIR'>,
): Exclude<DatabaseTarget, { engine: 'pglite-memory' }> {
  return env.DATABASE_URL
    ? { engine: 'postgres', url: env.DATABASE_URL }
    : { engine: 'pglite', dataDir: resolve(env.DATA_DIR) };
}

export interface OpenDatabase {
  db: Database;
  engine: 'postgres' | 'pglite';
  /**
   * Runs `work` while holding the database-wide setup lock, so several servers starting
   * against one PostgreSQL migrate and seed it once, one after the other.
   */
  withSetupLock<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// Any fixed number shared by every Chainboard process; it names our advisory lock.
const SETUP_LOCK_KEY = 732_001;

export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if (target.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle connection that PostgreSQL drops (a restart, a terminated backend) is an 'error'
    // event; unheard, it would end the process. The pool discards that connection and opens a
    // new one on the next query, so the server keeps running and recovers by itself.
    pool.on('error', (error) => {
      console.warn(`PostgreSQL closed an idle connection: ${error.message}`);
    });
    const db = drizzlePg({ client: pool, schema });
    return {
      db,
      engine: 'postgres',
      async withSetupLock(work) {
        const client = await pool.connect();
        try {
          await client.query('select pg_advisory_lock($1)', [SETUP_LOCK_KEY]);
          return await work();
        } finally {
          await client
            .query('select pg_advisory_unlock($1)', [SETUP_LOCK_KEY])
            .catch(() => undefined);
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  let client: PGlite;
  if (target.engine === 'pglite') {
    mkdirSync(target.dataDir, { recursive: true });
    client = new PGlite(target.dataDir);
  } else {
    client = new PGlite();
  }
  const db = drizzlePglite({ client, schema });
  return {
    db,
    engine: 'pglite',
    // PGlite is one process's own database: nobody else can race us.
    withSetupLock: (work) => work(),
    close: () => client.close(),
  };
}

/** Applies the SQL migrations drizzle-kit generated; already-applied ones are skipped. */
export async function applyMigrations(opened: OpenDatabase): Promise<void> {
  if (opened.engine === 'postgres') {
    await migratePg(opened.db as Parameters<typeof migratePg>[0], { migrationsFolder });
  } else {
    await migratePglite(opened.db as Parameters<typeof migratePglite>[0], { migrationsFolder });
  }
}
