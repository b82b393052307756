import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseTarget } from '../../server/db/open';
import { statusReports } from '../../server/db/schema';
import { startServerProcess, type ServerProcess } from '../browser/support/app-process';
import { apiCookie, testAdmin } from '../browser/support/sign-in';
import { withDatabase } from '../support/database-url';
import { engines, type Engine } from '../support/test-database';

// The API server alone, as `npm run dev` starts it behind Vite: no web app build needed.
const apiServer = [
  '--eval',
  "import('./server/node/main.ts').then(({ envOrExit, main }) => main(envOrExit(), { serveSpa: false }))",
];

const writers = 8;
const acknowledgedBeforeKill = 40;

interface ServerDatabase {
  env: Record<string, string>;
  target: DatabaseTarget;
  remove(): Promise<void>;
}

/** A database of its own for the server processes: a PGlite folder or a PostgreSQL database. */
async function serverDatabase(engine: Engine): Promise<ServerDatabase> {
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'chainboard-crash-'));
    return {
      env: { DATA_DIR: dataDir },
      target: { engine: 'pglite', dataDir },
      remove: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const adminUrl = String(process.env.TEST_DATABASE_URL);
  const name = `chainboard_crash_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = withDatabase(adminUrl, name);
  return {
    env: { DATABASE_URL: url },
    target: { engine: 'postgres', url },
    remove: () => admin(`drop database if exists ${name} with (force)`),
  };
}

describe.each(engines)('a server killed (kill -9) under write load on %s', (engine) => {
  let database: ServerDatabase;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    database = await serverDatabase(engine);
  });
  afterAll(async () => {
    await server?.stop();
    await database.remove();
  });

  // Two server starts (the first loads the sample city) and a burst of writes.
  it('still has, after a restart, every write it acknowledged', { timeout: 120_000 }, async () => {
    server = await startServerProcess(apiServer, database.env);
    const { url } = server;
    const cookie = await apiCookie(url, testAdmin);
    const chainsAnswer = await fetch(`${url}/api/chains`, { headers: { cookie } });
    const { items } = (await chainsAnswer.json()) as { items: { id: number }[] };
    const chainId = items[0]?.id;
    expect(chainId).toBeDefined();

    const acknowledged: number[] = [];
    let refused = 0;
    let killed = false;
    const writeUntilKilled = async (writer: number) => {
      for (let n = 0; !killed; n += 1) {
        try {
          const response = await fetch(`${url}/api/chains/${chainId}/status-reports`, {
            method: 'POST',
            headers: { cookie, origin: url, 'content-type': 'application/json' },
            body: JSON.stringify({
              reportedOn: '2026-06-15',
              status: 'green',
              title: `写入 ${writer}-${n}`,
              body: '压力写入',
            }),
          });
          const answer = (await response.json()) as { id?: number };
          if (response.status === 201 && answer.id) acknowledged.push(answer.id);
          else refused += 1;
        } catch {
          return; // the server is gone: what it never answered was never acknowledged
        }
      }
    };
    const load = Array.from({ length: writers }, (_, writer) => writeUntilKilled(writer));
    while (acknowledged.length < acknowledgedBeforeKill && refused === 0) {
      await new Promise((wake) => setTimeout(wake, 20));
    }
    await server.kill();
    killed = true;
    await Promise.all(load);
    expect(refused).toBe(0);

    // A restart opens the database the crash left, recovering it as PostgreSQL does.
    server = await startServerProcess(apiServer, database.env);
    const after = await apiCookie(server.url, testAdmin);
    expect(
      (await fetch(`${server.url}/api/chains/${chainId}`, { headers: { cookie: after } })).status,
    ).toBe(200);
    await server.stop();
    server = undefined;

    const opened = await openDatabase(database.target);
    try {
      const stored = await opened.db
        .select({ id: statusReports.id })
        .from(statusReports)
        .where(inArray(statusReports.id, acknowledged));
      expect(stored.map(({ id }) => id).sort((a, b) => a - b)).toEqual(
        [...acknowledged].sort((a, b) => a - b),
      );
    } finally {
      await opened.close();
    }
  });
});
