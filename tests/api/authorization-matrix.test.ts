import { beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { useTestApi } from './support/api';
import {
  loadSampleIds,
  routesOutsideTheMatrix,
  sendWrite,
  writeRouteSamples,
  writeRoutesOf,
  type SampleIds,
  type WriteScope,
} from './support/writes';

/*
 * Every write route × every kind of caller → the answer it must get. Built from the app's own
 * route table: a write route added without a sample here fails the first test.
 */

const callers = [
  'no session',
  'viewer',
  'editor in scope',
  'editor out of scope',
  'admin',
] as const;
type Caller = (typeof callers)[number];

function expectedStatus(scope: WriteScope, caller: Caller): 'success' | 401 | 403 {
  if (caller === 'no session') return 401;
  if (caller === 'admin') return 'success';
  if (scope === 'editor') return caller === 'viewer' ? 403 : 'success';
  if (scope === 'admin' || caller === 'viewer' || caller === 'editor out of scope') return 403;
  return 'success';
}

describe.each(engines)('authorization matrix on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let ids: SampleIds;
  const cookies = new Map<Caller, string | undefined>();

  beforeAll(async () => {
    ids = await loadSampleIds(api.db);
    cookies.set('no session', undefined);
    cookies.set('viewer', (await createTestUser(api.db, { role: 'viewer' })).cookie);
    cookies.set(
      'editor in scope',
      (await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainA] })).cookie,
    );
    cookies.set(
      'editor out of scope',
      (await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainB] })).cookie,
    );
    cookies.set('admin', (await createTestUser(api.db, { role: 'admin' })).cookie);
  });

  it('has a sample request for every write route of the app', () => {
    const routes = writeRoutesOf(api.app).filter((route) => !routesOutsideTheMatrix.has(route));
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter((route) => !(route in writeRouteSamples))).toEqual([]);
    expect(Object.keys(writeRouteSamples).filter((route) => !routes.includes(route))).toEqual([]);
  });

  const cases = Object.entries(writeRouteSamples).flatMap(([route, sample]) =>
    callers.map((caller) => ({ route, sample, caller })),
  );

  it.each(cases)('$route as $caller', async ({ sample, caller }) => {
    const adminCookie = cookies.get('admin') as string;
    const request = await sample.build(ids, api.db, api.app, adminCookie);
    const answer = await sendWrite(api.app, request, { cookie: cookies.get(caller) });
    const expected = expectedStatus(sample.scope, caller);
    const detail = `${request.method} ${request.path}: ${JSON.stringify(answer.body)}`;
    if (expected === 'success') {
      expect([200, 201, 204], detail).toContain(answer.status);
    } else {
      expect(answer.status, detail).toBe(expected);
    }
  });
});
