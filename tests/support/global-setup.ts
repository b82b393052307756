import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { applyMigrations, openDatabase, type DatabaseTarget } from '../../server/db/open';
import { loadSampleCity } from '../../server/db/sample';
import { withDatabase } from './database-url';
import { SAMPLE_TODAY } from './sample-clock';

/*
 * Builds each starting database once per run — migrated, and migrated with the sample city —
 * so every test file starts from a copy in about a second instead of migrating and seeding again.
 * PGlite: a data-folder dump each file loads. PostgreSQL: template databases each file copies.
 */
export default async function setup(project: TestProject) {
  const cleanups: (() => Promise<void>)[] = [];

  const folder = mkdtempSync(join(tmpdir(), 'chainboard-tests-'));
  cleanups.push(async () => rmSync(folder, { recursive: true, force: true }));
  for (const withSample of [false, true]) {
    const opened = await openDatabase({ engine: 'pglite-memory' });
    await applyMigrations(opened);
    if (withSample) await loadSampleCity(opened.db, { today: SAMPLE_TODAY });
    const client = (opened.db as unknown as { $client: PGlite }).$client;
    const dump = await client.dumpDataDir('none');
    const file = join(folder, withSample ? 'sample.tar' : 'empty.tar');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    project.provide(withSample ? 'pgliteSampleSnapshot' : 'pgliteEmptySnapshot', file);
    await opened.close();
  }

  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const suffix = randomUUID().slice(0, 8);
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    // Registered first, so it runs last: after the templates below are dropped.
    cleanups.push(() => admin.end());
    for (const withSample of [false, true]) {
      const name = `chainboard_tpl_${withSample ? 'sample' : 'empty'}_${suffix}`;
      await admin.query(`create database ${name}`);
      const target: DatabaseTarget = { engine: 'postgres', url: withDatabase(adminUrl, name) };
      const opened = await openDatabase(target);
      await applyMigrations(opened);
      if (withSample) await loadSampleCity(opened.db, { today: SAMPLE_TODAY });
      await opened.close();
      project.provide(withSample ? 'postgresSampleTemplate' : 'postgresEmptyTemplate', name);
      cleanups.push(async () => {
        await admin.query(`drop database if exists ${name} with (force)`);
      });
    }
  }

  return async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSampleSnapshot: string;
    pgliteEmptySnapshot: string;
    postgresSampleTemplate?: string;
    postgresEmptyTemplate?: string;
  }
}
