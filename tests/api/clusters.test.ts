import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { clusterDetailSchema, clusterListSchema } from '../../server/contract/clusters';
import { engines } from '../support/test-database';
import { expectInvalid, getError, getOk, sqlNumber, sqlRows, useTestApi } from './support/api';

describe.each(engines)('clusters on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  const list = (query: string) => getOk(api, `/api/clusters?${query}`, clusterListSchema);

  test('lists every cluster by level with its chains', async () => {
    const { items } = await list('');
    expect(items).toHaveLength(await sqlNumber(api, sql`select count(*)::int from clusters`));
    const levels = items.map((cluster) => cluster.level);
    const levelOrder = ['national', 'provincial', 'sme_feature'];
    expect(levels).toEqual(
      [...levels].sort((a, b) => levelOrder.indexOf(a) - levelOrder.indexOf(b)),
    );
    const links = await sqlRows(api, sql`select cluster_id, chain_id from cluster_chains`);
    for (const cluster of items) {
      expect(cluster.chains.map((chain) => chain.id).sort(), cluster.name).toEqual(
        links
          .filter((row) => Number(row.cluster_id) === cluster.id)
          .map((row) => Number(row.chain_id))
          .sort(),
      );
    }
    // The article's clusters outside the twelve chains (连接器, 特冶新材料) have none.
    expect(items.some((cluster) => cluster.chains.length === 0)).toBe(true);
  });

  test('the article’s recognised clusters: 3 national, 6 provincial, 2 SME-feature', async () => {
    const count = async (level: string) =>
      (await list(`level=${level}&status=recognised`)).items.length;
    expect(await count('national')).toBe(3);
    expect(await count('provincial')).toBe(6);
    expect(await count('sme_feature')).toBe(2);
    const candidates = await list('status=candidate');
    expect(candidates.items.every((cluster) => cluster.status === 'candidate')).toBe(true);
  });

  test('filters by chain', async () => {
    const chain = await sqlNumber(api, sql`select chain_id from cluster_chains limit 1`);
    const { items } = await list(`chain=${chain}`);
    expect(items.length).toBe(
      await sqlNumber(api, sql`select count(*)::int from cluster_chains where chain_id = ${chain}`),
    );
    for (const cluster of items) expect(cluster.chains.map((ref) => ref.id)).toContain(chain);
    expect((await list('chain=999999')).items).toEqual([]);
  });

  test('refuses bad filters, naming each', async () => {
    await expectInvalid(api, '/api/clusters?level=city', 'level');
    await expectInvalid(api, '/api/clusters?status=done', 'status');
    await expectInvalid(api, '/api/clusters?chain=0', 'chain');
  });

  test('GET /api/clusters/:id', async () => {
    const id = await sqlNumber(api, sql`select cluster_id from cluster_chains limit 1`);
    const cluster = await getOk(api, `/api/clusters/${id}`, clusterDetailSchema);
    expect(cluster.id).toBe(id);
    expect(cluster.chains.length).toBeGreaterThan(0);
    expect(cluster.version).toBeGreaterThan(0);
    await getError(api, '/api/clusters/999999', 404);
    await expectInvalid(api, '/api/clusters/abc', 'id');
  });
});
