import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { technologySummarySchema } from '../../server/contract/technology';
import { createTestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { getOk, sqlNumber, useTestApi } from './support/api';
import { write } from './support/investment';
import { techMatchBody, techNeedBody, techSupplyBody } from './support/technology';
import { loadSampleIds, type SampleIds } from './support/writes';

describe.each(engines)('科技创新 on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let ids: SampleIds;
  let admin: string;
  let editorA: string;

  beforeAll(async () => {
    ids = await loadSampleIds(api.db);
    admin = (await createTestUser(api.db, { role: 'admin' })).cookie;
    editorA = (await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainA] })).cookie;
  });

  test('a need is created, changed once per version (409 after), withdrawn and restored, audited', async () => {
    const need = await write<{ id: number; version: number }>(
      api.app,
      editorA,
      'POST',
      '/api/tech-needs',
      { chainId: ids.chainA, ...techNeedBody(ids.firmOfA) },
    );
    const body = { ...techNeedBody(ids.firmOfA), status: 'matched', version: need.version };
    const changed = await write<{ version: number; status: string }>(
      api.app,
      editorA,
      'PUT',
      `/api/tech-needs/${need.id}`,
      body,
    );
    expect(changed).toMatchObject({ status: 'matched', version: need.version + 1 });
    const stale = await write<{ current: { version: number } }>(
      api.app,
      editorA,
      'PUT',
      `/api/tech-needs/${need.id}`,
      body,
      409,
    );
    expect(stale.current.version).toBe(need.version + 1);
    await write(api.app, editorA, 'POST', `/api/tech-needs/${need.id}/withdraw`, {
      version: changed.version,
    });
    await write(api.app, editorA, 'POST', `/api/tech-needs/${need.id}/restore`, {
      version: changed.version + 1,
    });
    const actions = await sqlNumber(
      api,
      sql`select count(*)::int from audit_events
          where entity_type = 'tech_need' and entity_id = ${String(need.id)}`,
    );
    expect(actions).toBe(4);
  });

  test('a firm not on the chain is refused with a 400 naming firmId', async () => {
    const outside = await sqlNumber(
      api,
      sql`select min(id)::int from firms f where not exists
          (select 1 from firm_chains fc where fc.firm_id = f.id and fc.chain_id = ${ids.chainA})`,
    );
    const answer = await write<{ error: { fields: Record<string, unknown> } }>(
      api.app,
      admin,
      'POST',
      '/api/tech-needs',
      { chainId: ids.chainA, ...techNeedBody(outside) },
      400,
    );
    expect(JSON.stringify(answer)).toContain('firmId');
  });

  test('a task force cannot write another chain’s need or match, nor a supply', async () => {
    const chainB = await sqlNumber(
      api,
      sql`select min(chain_id)::int from tech_needs where chain_id <> ${ids.chainA}`,
    );
    const firmOfB = await sqlNumber(
      api,
      sql`select min(firm_id)::int from firm_chains where chain_id = ${chainB}`,
    );
    await write(
      api.app,
      editorA,
      'POST',
      '/api/tech-needs',
      { chainId: chainB, ...techNeedBody(firmOfB) },
      403,
    );
    const needOfB = await sqlNumber(
      api,
      sql`select min(id)::int from tech_needs where chain_id = ${chainB}`,
    );
    await write(
      api.app,
      editorA,
      'POST',
      '/api/tech-matches',
      { needId: needOfB, ...techMatchBody(1, null) },
      403,
    );
    await write(api.app, editorA, 'POST', '/api/tech-supplies', techSupplyBody(), 403);
  });

  test('the summary counts the sample’s records', async () => {
    const summary = await getOk(api, '/api/technology/summary', technologySummarySchema);
    expect(summary.assistants).toEqual({ total: 69, latestBatch: 3 });
    const landedInYear = summary.landedByYear.find((row) => row.year === summary.year);
    expect(landedInYear?.count).toBe(152);
    expect(
      summary.network.filter((row) => row.kind === 'university').reduce((s, r) => s + r.count, 0),
    ).toBe(26);
    expect(
      summary.network.filter((row) => row.kind === 'team').reduce((s, r) => s + r.count, 0),
    ).toBe(29);
  });
});
