import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/open';
import { statusReports } from '../../server/db/schema';
import { startServerProcess, type ServerProcess } from '../browser/support/app-process';
import { apiCookie, testAdmin } from '../browser/support/sign-in';
import { apiServerArgs, serverDatabase, type ServerDatabase } from '../support/server-database';
import { engines } from '../support/test-database';

const writers = 8;
const acknowledgedBeforeKill = 40;

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
    server = await startServerProcess(apiServerArgs, database.env);
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
    server = await startServerProcess(apiServerArgs, database.env);
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
      // The figure BENCHMARKS.md's reliability section quotes.
      console.log(
        `kill -9 on ${engine}: ${acknowledged.length} creates acknowledged, ` +
          `${stored.length} found after the restart`,
      );
      expect(stored.map(({ id }) => id).sort((a, b) => a - b)).toEqual(
        [...acknowledged].sort((a, b) => a - b),
      );
    } finally {
      await opened.close();
    }
  });
});
