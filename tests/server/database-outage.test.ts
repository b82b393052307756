import { createServer, connect, type Server, type Socket } from 'node:net';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../server/app/create-app';
import { apiErrorSchema } from '../../server/contract/errors';
import { openDatabase, type OpenDatabase } from '../../server/db/open';
import { sqlRows } from '../api/support/api';
import { withDatabase } from '../support/database-url';
import { sampleNow } from '../support/sample-clock';
import { createTestUser, type TestUser } from '../support/sessions';
import {
  createBlankDatabase,
  createTestDatabase,
  type TestDatabase,
} from '../support/test-database';

const adminUrl = process.env.TEST_DATABASE_URL;

/**
 * A TCP relay in front of PostgreSQL that the test can cut and restore: what a database restart
 * or a network outage looks like to the server, without stopping the PostgreSQL other tests use.
 */
class Relay {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {});
      }
      client.pipe(upstream).pipe(client);
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    const address = server.address();
    if (address && typeof address === 'object') this.port = address.port;
  }

  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe.runIf(adminUrl)('the database going away and coming back', () => {
  let database: TestDatabase;
  let relay: Relay;
  let relayed: OpenDatabase;
  let app: App;
  let viewer: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    database = await createTestDatabase('postgres', { sample: true });
    viewer = await createTestUser(database.db, { role: 'viewer' });
    admin = await createTestUser(database.db, { role: 'admin' });
    const direct = new URL(String(adminUrl));
    relay = new Relay({ host: direct.hostname, port: Number(direct.port || 5432) });
    await relay.open();
    const [row] = await sqlRows(database, sql`select current_database() as name`);
    const url = new URL(withDatabase(String(adminUrl), String(row?.name)));
    url.port = String(relay.port);
    relayed = await openDatabase({ engine: 'postgres', url: url.toString() });
    app = createApp({ db: relayed.db, now: sampleNow });
  });
  afterAll(async () => {
    await relay.cut();
    await relayed.close();
    await database.close();
  });

  const overview = () => app.request('/api/overview', { headers: { cookie: viewer.cookie } });
  const chainOne = async () =>
    (await sqlRows(database, sql`select version, status_note as note from chains where id = 1`))[0];
  const statusWrite = (version: number, note: string) =>
    app.request('/api/chains/1/status', {
      method: 'PUT',
      headers: { cookie: admin.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'amber', statusNote: note, version }),
    });

  it('answers 503 with Retry-After while it is away, and recovers by itself when it is back', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect((await overview()).status).toBe(200);

    const before = await chainOne();
    await relay.cut();
    const away = await overview();
    expect(away.status).toBe(503);
    expect(away.headers.get('retry-after')).toBe('5');
    expect(apiErrorSchema.parse(await away.json()).error.code).toBe('unavailable');
    expect((await app.request('/api/health')).status).toBe(503);
    // A write while it is away is refused the same way, and leaves nothing behind.
    const writesAway = await Promise.all(
      Array.from({ length: 10 }, (_, n) => statusWrite(Number(before?.version), `断开时 ${n}`)),
    );
    expect(writesAway.map((answer) => answer.status)).toEqual(Array(10).fill(503));

    // Back on the same address; the same app and pool, no restart.
    const cutEnded = Date.now();
    await relay.open();
    await vi.waitFor(async () => expect((await overview()).status).toBe(200), {
      timeout: 10_000,
      interval: 200,
    });
    const recoveredAfter = Date.now() - cutEnded;
    expect(await chainOne()).toEqual(before);
    const written = await statusWrite(Number(before?.version), '恢复后');
    expect(written.status).toBe(200);
    // The figure BENCHMARKS.md's reliability section quotes.
    console.log(
      `PostgreSQL outage: 1 read and ${writesAway.length} writes during the cut answered 503, ` +
        `0 written; reads answered again ${recoveredAfter} ms after it came back, and writes too`,
    );
    vi.restoreAllMocks();
  });
});

describe.runIf(adminUrl)('a PostgreSQL connection the server drops', () => {
  let opened: OpenDatabase;
  beforeAll(async () => {
    opened = await createBlankDatabase('postgres');
  });
  afterAll(() => opened.close());

  it('is replaced on the next query: the process lives on and the pool recovers by itself', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const [row] = await sqlRows(opened, sql`select current_database() as database`);

    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      // What a PostgreSQL restart or an operator's pg_terminate_backend does to idle connections.
      const { rowCount } = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [row?.database],
      );
      expect(rowCount).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(String(warn.mock.calls[0]?.[0])).toContain('PostgreSQL closed an idle connection');

    expect(await sqlRows(opened, sql`select 42 as answer`)).toEqual([{ answer: 42 }]);
    warn.mockRestore();
  });
});
