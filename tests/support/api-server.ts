import { afterAll, afterEach, beforeAll } from 'vitest';
import { createApp } from '@server/app/create-app';
import type { Database } from '@server/db/database';
import { createMockServer } from '@mocks/node';
import { sampleNow } from './sample-clock';
import { createTestDatabase, type TestDatabase } from './test-database';

/**
 * For one UI test file: the real API on a fresh copy of the sample city, answering every `/api`
 * request through MSW; any request nobody handles fails the test.
 */
export function setupApiServer() {
  let database: TestDatabase | undefined;
  let app: ReturnType<typeof createApp> | undefined;

  const server = createMockServer({
    fetch: (request) => {
      if (!app) throw new Error('The API server is used before beforeAll has set it up');
      return app.fetch(request);
    },
  });

  beforeAll(async () => {
    database = await createTestDatabase('pglite', { sample: true });
    app = createApp({ db: database.db, now: sampleNow });
    server.listen({ onUnhandledRequest: 'error' });
  });

  afterEach(() => {
    server.resetHandlers();
  });

  afterAll(async () => {
    server.close();
    await database?.close();
  });

  return {
    server,
    get db(): Database {
      if (!database) throw new Error('The database is used before beforeAll has set it up');
      return database.db;
    },
  };
}
