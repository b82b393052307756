import type { SQL } from 'drizzle-orm';
import { afterAll, beforeAll, expect } from 'vitest';
import { z } from 'zod';
import { createApp, type App } from '../../../server/app/create-app';
import { apiErrorSchema, type ApiError } from '../../../server/contract/errors';
import type { Database } from '../../../server/db/database';
import { sampleNow } from '../../support/sample-clock';
import { createTestUser, type TestUser } from '../../support/sessions';
import { createTestDatabase, type Engine, type TestDatabase } from '../../support/test-database';

export interface TestApi {
  app: App;
  db: Database;
  /** A signed-in viewer's `Cookie` header: every read route needs a session. */
  cookie: string;
}

/** A fresh database and the app on it for the surrounding `describe`, closed after it. */
export function useTestApi(engine: Engine, { sample }: { sample: boolean }): TestApi {
  let database: TestDatabase | undefined;
  let app: App | undefined;
  let viewer: TestUser | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(engine, { sample });
    app = createApp({ db: database.db, now: sampleNow });
    viewer = await createTestUser(database.db, { role: 'viewer' });
  });
  afterAll(() => database?.close());
  const ready = () => {
    if (!database || !app || !viewer) {
      throw new Error('useTestApi: read it inside a test, not at collection');
    }
    return { app, db: database.db, cookie: viewer.cookie };
  };
  return {
    get app() {
      return ready().app;
    },
    get db() {
      return ready().db;
    },
    get cookie() {
      return ready().cookie;
    },
  };
}

/** GETs `path`, expects 200 and returns the body parsed by the contract's schema. */
export async function getOk<T extends z.ZodType>(
  { app, cookie }: TestApi,
  path: string,
  schema: T,
): Promise<z.infer<T>> {
  const res = await app.request(path, { headers: { cookie } });
  const body: unknown = await res.json();
  expect(res.status, `${path}: ${JSON.stringify(body)}`).toBe(200);
  return schema.parse(body);
}

/** GETs `path`, expects `status` and the API's one error shape. */
export async function getError(
  { app, cookie }: TestApi,
  path: string,
  status: number,
): Promise<ApiError> {
  const res = await app.request(path, { headers: { cookie } });
  const body: unknown = await res.json();
  expect(res.status, `${path}: ${JSON.stringify(body)}`).toBe(status);
  return apiErrorSchema.parse(body);
}

/** A 400 whose `fields` names `param`. */
export async function expectInvalid(api: TestApi, path: string, param: string): Promise<void> {
  const { error } = await getError(api, path, 400);
  expect(error.code).toBe('invalid_request');
  expect(Object.keys(error.fields ?? {}), path).toContain(param);
}

/** Rows of a hand-written query: the independent check of what the API computed. */
export async function sqlRows(
  { db }: Pick<TestApi, 'db'>,
  query: SQL,
): Promise<Record<string, unknown>[]> {
  // Both drivers answer `{ rows }`; the database type leaves the driver's result shape open.
  return rawResultSchema.parse(await db.execute(query)).rows;
}

const rawResultSchema = z.object({ rows: z.array(z.record(z.string(), z.unknown())) });

/** The first column of the first row, as a number (write `count(*)::int` or `::float`). */
export async function sqlNumber(api: TestApi, query: SQL): Promise<number> {
  const [row] = await sqlRows(api, query);
  const [value] = Object.values(row ?? {});
  return Number(value);
}
