import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { departmentListSchema } from '../../server/contract/departments';
import { healthSchema } from '../../server/contract/health';
import { engines } from '../support/test-database';
import { getError, getOk, sqlNumber, useTestApi } from './support/api';
import { sql } from 'drizzle-orm';

const openApiSchema = z.object({
  openapi: z.string(),
  paths: z.record(
    z.string(),
    z.record(z.string(), z.object({ responses: z.record(z.string(), z.unknown()) })),
  ),
  components: z.object({ schemas: z.record(z.string(), z.unknown()) }),
});

describe.each(engines)('the API on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });

  test('GET /api/health answers ok', async () => {
    expect(await getOk(api, '/api/health', healthSchema)).toEqual({
      status: 'ok',
      database: 'ok',
    });
  });

  test('an unknown route is a 404 in the error shape', async () => {
    const { error } = await getError(api, '/api/nowhere', 404);
    expect(error.code).toBe('not_found');
    await getError(api, '/api/chains/1/nothing', 404);
  });

  test('GET /api/openapi.json documents every route the app serves', async () => {
    const doc = await getOk(api, '/api/openapi.json', openApiSchema);
    expect(doc.openapi).toMatch(/^3\.1\./);
    // Every route a handler answers (middleware registered with `use` has method ALL).
    const served = api.app.routes
      .filter((route) => route.method !== 'ALL' && route.path !== '/api/openapi.json')
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(served.length).toBeGreaterThanOrEqual(40);
    const documented = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual([...new Set(served)].sort());
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const answers = Object.keys(operation?.responses ?? {});
        expect(
          answers.some((status) => status.startsWith('2')),
          `${method} ${path}`,
        ).toBe(true);
      }
    }
    for (const component of ['Overview', 'ChainDetail', 'FirmPage', 'Error']) {
      expect(doc.components.schemas).toHaveProperty(component);
    }
  });

  test('GET /api/departments lists every department', async () => {
    const { items } = await getOk(api, '/api/departments', departmentListSchema);
    expect(items).toHaveLength(await sqlNumber(api, sql`select count(*)::int from departments`));
    expect(items.map((department) => department.name)).toContain('市经济和信息化局');
  });
});
