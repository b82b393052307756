import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { nameSortKey } from '../../server/db/name-sort-key';
import {
  clusterDetailSchema,
  clusterPageSchema,
  type ClusterListItem,
} from '../../server/contract/clusters';
import { clusterLevels } from '../../server/contract/domain';
import { clusterSorts } from '../../server/contract/list-params';
import { engines } from '../support/test-database';
import { expectInvalid, getError, getOk, sqlNumber, sqlRows, useTestApi } from './support/api';
import { expectSorted, expectSortedBothWays } from './support/order';

const sortKeys: Record<
  (typeof clusterSorts)[number],
  (cluster: ClusterListItem) => string | number | null
> = {
  name: (cluster) => nameSortKey(cluster.name),
  level: (cluster) => clusterLevels.indexOf(cluster.level),
  recognisedOn: (cluster) => cluster.recognisedOn,
};

describe.each(engines)('clusters on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  const list = (query: string) => getOk(api, `/api/clusters?${query}`, clusterPageSchema);

  test('lists every cluster by level with its chains', async () => {
    const page = await list('pageSize=100');
    expect(page.total).toBe(await sqlNumber(api, sql`select count(*)::int from clusters`));
    expect(page.items).toHaveLength(page.total);
    expect(page).toMatchObject({ page: 1, pageSize: 100 });
    expectSorted(page.items, sortKeys.level, 'asc');
    const links = await sqlRows(api, sql`select cluster_id, chain_id from cluster_chains`);
    for (const cluster of page.items) {
      expect(cluster.chains.map((chain) => chain.id).sort(), cluster.name).toEqual(
        links
          .filter((row) => Number(row.cluster_id) === cluster.id)
          .map((row) => Number(row.chain_id))
          .sort(),
      );
    }
    // The article's clusters outside the twelve chains (连接器, 特冶新材料) have none.
    expect(page.items.some((cluster) => cluster.chains.length === 0)).toBe(true);
  });

  test('the first page by default: level first, 20 at most', async () => {
    const page = await list('');
    expect(page).toMatchObject({ page: 1, pageSize: 20 });
    expect(page.items).toEqual((await list('sort=level&order=asc&pageSize=20')).items);
  });

  test('the article’s recognised clusters: 3 national, 6 provincial, 2 SME-feature', async () => {
    const count = async (level: string) => (await list(`level=${level}&status=recognised`)).total;
    expect(await count('national')).toBe(3);
    expect(await count('provincial')).toBe(6);
    expect(await count('sme_feature')).toBe(2);
    const candidates = await list('status=candidate');
    expect(candidates.items.every((cluster) => cluster.status === 'candidate')).toBe(true);
  });

  test('filters by chain', async () => {
    const chain = await sqlNumber(api, sql`select chain_id from cluster_chains limit 1`);
    const { items, total } = await list(`chain=${chain}`);
    expect(total).toBe(
      await sqlNumber(api, sql`select count(*)::int from cluster_chains where chain_id = ${chain}`),
    );
    expect(items).toHaveLength(total);
    for (const cluster of items) expect(cluster.chains.map((ref) => ref.id)).toContain(chain);
    expect(await list('chain=999999')).toMatchObject({ items: [], total: 0 });
  });

  test('searches the Chinese and the English name, any case', async () => {
    const byChinese = await list(`q=${encodeURIComponent('无人机')}`);
    expect(byChinese.total).toBe(
      await sqlNumber(api, sql`select count(*)::int from clusters where name like '%无人机%'`),
    );
    expect(byChinese.total).toBeGreaterThan(0);
    expect(byChinese.items.every((cluster) => cluster.name.includes('无人机'))).toBe(true);

    const byEnglish = await list('q=CONNECTOR');
    expect(byEnglish.total).toBe(
      await sqlNumber(
        api,
        sql`select count(*)::int from clusters where lower(name_en) like '%connector%'`,
      ),
    );
    expect(byEnglish.items.map((cluster) => cluster.nameEn)).toEqual([
      expect.stringMatching(/connector/i),
    ]);

    // `%` and `_` are matched as themselves, not as wildcards.
    expect(await list('q=%25')).toMatchObject({ items: [], total: 0 });
    expect(await list('q=_')).toMatchObject({ items: [], total: 0 });
  });

  test.each(clusterSorts)('sorts by %s both ways', async (sort) => {
    const page = async (order: 'asc' | 'desc') =>
      (await list(`sort=${sort}&order=${order}&pageSize=100`)).items;
    const pages = { asc: await page('asc'), desc: await page('desc') };
    expectSortedBothWays(pages, sortKeys[sort]);
  });

  test('pages without overlap or gaps, the total over all pages', async () => {
    const all = await list('sort=name&pageSize=100');
    const first = await list('sort=name&pageSize=5');
    const second = await list('sort=name&pageSize=5&page=2');
    expect(first).toMatchObject({ total: all.total, page: 1, pageSize: 5 });
    expect(second).toMatchObject({ total: all.total, page: 2, pageSize: 5 });
    expect([...first.items, ...second.items]).toEqual(all.items.slice(0, 10));
    const beyond = await list('pageSize=5&page=100');
    expect(beyond).toMatchObject({ items: [], total: all.total, page: 100 });
  });

  test('refuses bad parameters, naming each', async () => {
    await expectInvalid(api, '/api/clusters?level=city', 'level');
    await expectInvalid(api, '/api/clusters?status=done', 'status');
    await expectInvalid(api, '/api/clusters?chain=0', 'chain');
    await expectInvalid(api, '/api/clusters?sort=output', 'sort');
    await expectInvalid(api, '/api/clusters?order=up', 'order');
    await expectInvalid(api, '/api/clusters?page=0', 'page');
    await expectInvalid(api, '/api/clusters?pageSize=101', 'pageSize');
    await expectInvalid(api, `/api/clusters?q=${'x'.repeat(101)}`, 'q');
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
