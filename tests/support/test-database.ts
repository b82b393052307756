import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../../server/db/database';
import { openDatabase, type OpenDatabase } from '../../server/db/open';
import * as schema from '../../server/db/schema';
import { withDatabase } from './database-url';

export type Engine = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when `TEST_DATABASE_URL` names a server (CI sets it). */
export const engines: Engine[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

export interface TestDatabase {
  db: Database;
  engine: Engine;
  close(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file, with or without the sample city. */
export async function createTestDatabase(
  engine: Engine,
  { sample }: { sample: boolean },
): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const snapshot = readFileSync(inject(sample ? 'pgliteSampleSnapshot' : 'pgliteEmptySnapshot'));
    const client = new PGlite({ loadDataDir: new Blob([snapshot]) });
    return { db: drizzle({ client, schema }), engine, close: () => client.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  const template = inject(sample ? 'postgresSampleTemplate' : 'postgresEmptyTemplate');
  if (!adminUrl || !template)
    throw new Error('TEST_DATABASE_URL is not set up for PostgreSQL tests');
  const name = `chainboard_t_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await withAdmin(adminUrl, (admin) => admin.query(`create database ${name} template ${template}`));
  const opened = await openDatabase({ engine: 'postgres', url: withDatabase(adminUrl, name) });
  return {
    db: opened.db,
    engine,
    async close() {
      await opened.close();
      await withAdmin(adminUrl, (admin) =>
        admin.query(`drop database if exists ${name} with (force)`),
      );
    },
  };
}

export async function withAdmin<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  // A dropped connection is then the failure of `work` (or nothing, after it), never an
  // uncaught 'error' event that fails the whole test run.
  client.on('error', () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database with nothing in it, not even migrations: what a first start meets. */
export async function createBlankDatabase(engine: Engine): Promise<OpenDatabase> {
  if (engine === 'pglite') return openDatabase({ engine: 'pglite-memory' });
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set up for PostgreSQL tests');
  const name = `chainboard_b_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await withAdmin(adminUrl, (admin) => admin.query(`create database ${name}`));
  const opened = await openDatabase({ engine: 'postgres', url: withDatabase(adminUrl, name) });
  return {
    ...opened,
    async close() {
      await opened.close();
      await withAdmin(adminUrl, (admin) =>
        admin.query(`drop database if exists ${name} with (force)`),
      );
    },
  };
}
