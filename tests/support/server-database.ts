import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseTarget } from '../../server/db/open';
import { withDatabase } from './database-url';
import { withAdmin, type Engine } from './test-database';

/** The API server alone, as `npm run dev` starts it behind Vite: no web app build needed. */
export const apiServerArgs = [
  '--eval',
  "import('./server/node/main.ts').then(({ envOrExit, main }) => main(envOrExit(), { serveSpa: false }))",
];

export interface ServerDatabase {
  /** What a server process is started with to use it. */
  env: Record<string, string>;
  /** What the test opens it with once the servers are stopped. */
  target: DatabaseTarget;
  remove(): Promise<void>;
}

/**
 * A blank database of its own for server processes, which migrate it and load the sample city
 * on first start: a PGlite folder, or a PostgreSQL database on `TEST_DATABASE_URL`'s server.
 */
export async function serverDatabase(engine: Engine): Promise<ServerDatabase> {
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'chainboard-server-'));
    return {
      env: { DATA_DIR: dataDir },
      target: { engine: 'pglite', dataDir },
      remove: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set up for PostgreSQL tests');
  const name = `chainboard_s_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await withAdmin(adminUrl, (admin) => admin.query(`create database ${name}`));
  const url = withDatabase(adminUrl, name);
  return {
    env: { DATABASE_URL: url },
    target: { engine: 'postgres', url },
    remove: async () => {
      await withAdmin(adminUrl, (admin) =>
        admin.query(`drop database if exists ${name} with (force)`),
      );
    },
  };
}
