import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OpenDatabase } from '../../server/db/open';
import { sqlRows } from '../api/support/api';
import { createBlankDatabase } from '../support/test-database';

const adminUrl = process.env.TEST_DATABASE_URL;

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
