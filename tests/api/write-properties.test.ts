import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { sqlRows, useTestApi } from './support/api';
import {
  fingerprintQuery,
  loadSampleIds,
  sendWrite,
  writeRouteSamples,
  type SampleIds,
  type WriteRequest,
} from './support/writes';

/*
 * Every write route with arbitrary JSON: never a 5xx, and a refused write (4xx) leaves the
 * database exactly as it was — no partial writes.
 */

/** A body near the valid one: some fields kept, some replaced by any JSON, some left out. */
function nearBody(valid: Record<string, unknown>) {
  const fields = Object.entries(valid).map(([name, value]) =>
    fc
      .oneof(
        { weight: 2, arbitrary: fc.constant(value) },
        { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
        { weight: 1, arbitrary: fc.string({ maxLength: 3000 }) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      )
      .map((replacement) => [name, replacement] as const),
  );
  return fc
    .tuple(...fields)
    .map((entries) => Object.fromEntries(entries.filter(([, value]) => value !== undefined)));
}

function arbitraryBody(valid: unknown) {
  const anything = fc.jsonValue({ maxDepth: 3 });
  if (typeof valid !== 'object' || valid === null) return anything;
  return fc.oneof(anything, nearBody(valid as Record<string, unknown>));
}

describe.each(engines)('write routes with arbitrary input on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let ids: SampleIds;
  let admin: string;

  beforeAll(async () => {
    ids = await loadSampleIds(api.db);
    admin = (await createTestUser(api.db, { role: 'admin' })).cookie;
  });

  it.each(Object.keys(writeRouteSamples))('%s', async (route) => {
    const sample = writeRouteSamples[route];
    if (!sample) throw new Error(route);
    const valid = await sample.build(ids, api.db, api.app, admin);
    const fuzzed = (body: unknown, version: string): WriteRequest =>
      valid.method === 'DELETE'
        ? {
            ...valid,
            path: valid.path.replace(/version=[^&]*/, `version=${encodeURIComponent(version)}`),
          }
        : { ...valid, body };

    await fc.assert(
      fc.asyncProperty(arbitraryBody(valid.body), fc.string(), async (body, version) => {
        const before = await sqlRows(api, fingerprintQuery);
        const answer = await sendWrite(api.app, fuzzed(body, version), { cookie: admin });
        expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500);
        if (answer.status >= 400) {
          expect(await sqlRows(api, fingerprintQuery)).toEqual(before);
          expect(answer.body).toMatchObject({
            error: { code: expect.any(String), message: expect.any(String) },
          });
        }
      }),
      { numRuns: 40 },
    );
  });
});
