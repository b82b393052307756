import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { nameSortKey } from '../../server/db/name-sort-key';
import { firmSorts } from '../../server/contract/list-params';
import { firmTagSchema, revenueBandSchema } from '../../server/contract/common';
import { firmDetailSchema, firmPageSchema, type FirmListItem } from '../../server/contract/firms';
import { engines } from '../support/test-database';
import { expectInvalid, getError, getOk, sqlNumber, sqlRows, useTestApi } from './support/api';
import { expectSorted, expectSortedBothWays } from './support/order';

const sortKeys: Record<(typeof firmSorts)[number], (firm: FirmListItem) => string | number | null> =
  {
    name: (firm) => nameSortKey(firm.name),
    revenue: (firm) => firm.revenueYi,
    founded: (firm) => firm.foundedYear,
    employees: (firm) => firm.employees,
  };

describe.each(engines)('firms on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  const list = (query: string) => getOk(api, `/api/firms?${query}`, firmPageSchema);

  test('pages through every firm: 20 by default, by name, the total from SQL', async () => {
    const page = await list('');
    const total = await sqlNumber(api, sql`select count(*)::int from firms`);
    expect(page).toMatchObject({ total, page: 1, pageSize: 20 });
    expect(page.items).toHaveLength(20);
    expectSorted(page.items, sortKeys.name, 'asc');
    const chainRows = await sqlRows(
      api,
      sql`select firm_id, chain_id from firm_chains
          where firm_id in ${page.items.map((firm) => firm.id)}`,
    );
    for (const firm of page.items) {
      const expected = chainRows.filter((row) => Number(row.firm_id) === firm.id);
      expect(firm.chains.map((chain) => chain.id).sort()).toEqual(
        expected.map((row) => Number(row.chain_id)).sort(),
      );
    }
  });

  test('page 2 continues page 1 without overlap, and the last page is short', async () => {
    const first = await list('sort=revenue&order=desc&pageSize=50');
    const second = await list('sort=revenue&order=desc&pageSize=50&page=2');
    const both = await list('sort=revenue&order=desc&pageSize=100');
    expect([...first.items, ...second.items].map((firm) => firm.id)).toEqual(
      both.items.map((firm) => firm.id),
    );
    const lastPage = Math.ceil(first.total / 100);
    const last = await list(`pageSize=100&page=${lastPage}`);
    expect(last.items).toHaveLength(first.total - (lastPage - 1) * 100);
    const beyond = await list(`pageSize=100&page=${lastPage + 1}`);
    expect(beyond).toMatchObject({ items: [], total: first.total });
  });

  test.each(firmSorts)('sorts by %s both ways, blanks last, ties by id', async (sort) => {
    const page = async (order: 'asc' | 'desc') =>
      (await list(`sort=${sort}&order=${order}&pageSize=100`)).items;
    const pages = { asc: await page('asc'), desc: await page('desc') };
    expect(pages.asc).toHaveLength(100);
    expectSortedBothWays(pages, sortKeys[sort]);
  });

  test('the largest firm by revenue is 长虹, the only one over 100 billion', async () => {
    const { items } = await list('sort=revenue&order=desc&pageSize=4');
    expect(items[0]?.name).toContain('长虹');
    expect(items[0]?.revenueBand).toBe('over_100b');
    expect(items.slice(1).map((firm) => firm.revenueBand)).toEqual([
      'over_10b',
      'over_10b',
      'over_10b',
    ]);
  });

  test.each(firmTagSchema.options)('filters by tag %s', async (tag) => {
    const page = await list(`tag=${tag}&pageSize=100`);
    expect(page.total).toBe(
      await sqlNumber(api, sql`select count(*)::int from firms where ${tag}::firm_tag = any(tags)`),
    );
    for (const firm of page.items) expect(firm.tags).toContain(tag);
  });

  test('filters by band, chain and park, alone and together', async () => {
    for (const band of revenueBandSchema.options) {
      const page = await list(`band=${band}`);
      expect(page.total).toBe(
        await sqlNumber(
          api,
          sql`select count(*)::int from firms where revenue_band = ${band}::revenue_band`,
        ),
      );
    }
    const [busiest] = await sqlRows(
      api,
      sql`select f.park_id, fc.chain_id, count(*)::int as n from firms f
          join firm_chains fc on fc.firm_id = f.id where f.park_id is not null
          group by f.park_id, fc.chain_id order by n desc limit 1`,
    );
    const [park, chain] = [Number(busiest?.park_id), Number(busiest?.chain_id)];
    const byChain = await list(`chain=${chain}&pageSize=100`);
    expect(byChain.total).toBe(
      await sqlNumber(api, sql`select count(*)::int from firm_chains where chain_id = ${chain}`),
    );
    for (const firm of byChain.items) expect(firm.chains.map((ref) => ref.id)).toContain(chain);
    const byPark = await list(`park=${park}&pageSize=100`);
    expect(byPark.total).toBe(
      await sqlNumber(api, sql`select count(*)::int from firms where park_id = ${park}`),
    );
    for (const firm of byPark.items) expect(firm.park?.id).toBe(park);
    const both = await list(`park=${park}&chain=${chain}&pageSize=100`);
    expect(both.total).toBe(Number(busiest?.n));
  });

  test('an unknown chain or park gives an empty page, not an error', async () => {
    expect(await list('chain=999999')).toMatchObject({ items: [], total: 0 });
    expect(await list('park=999999')).toMatchObject({ items: [], total: 0 });
  });

  test('q finds a part of the Chinese name, the English name in any case, the credit code', async () => {
    const byName = await list('q=' + encodeURIComponent('长虹'));
    expect(byName.total).toBe(
      await sqlNumber(api, sql`select count(*)::int from firms where name like '%长虹%'`),
    );
    expect(byName.items.every((firm) => firm.name.includes('长虹'))).toBe(true);

    const byEnglish = await list('q=CHANGHONG');
    expect(byEnglish.total).toBe(
      await sqlNumber(
        api,
        sql`select count(*)::int from firms
            where lower(name_en) like '%changhong%' or lower(name) like '%changhong%'`,
      ),
    );
    expect(byEnglish.total).toBeGreaterThan(0);

    const [someFirm] = await sqlRows(
      api,
      sql`select id, credit_code from firms where credit_code is not null order by id limit 1`,
    );
    const byCode = await list(`q=${String(someFirm?.credit_code).toLowerCase()}`);
    expect(byCode.items.map((firm) => firm.id)).toEqual([Number(someFirm?.id)]);

    expect(await list('q=%25')).toMatchObject({ total: 0 });
    expect(await list('q=_')).toMatchObject({ total: 0 });
    expect((await list('q=')).total).toBe((await list('')).total);
  });

  test('refuses bad parameters, naming each', async () => {
    await expectInvalid(api, '/api/firms?sort=size', 'sort');
    await expectInvalid(api, '/api/firms?order=up', 'order');
    await expectInvalid(api, '/api/firms?pageSize=1000', 'pageSize');
    await expectInvalid(api, '/api/firms?pageSize=0', 'pageSize');
    await expectInvalid(api, '/api/firms?page=0', 'page');
    await expectInvalid(api, '/api/firms?page=two', 'page');
    await expectInvalid(api, '/api/firms?page=0x10', 'page');
    await expectInvalid(api, '/api/firms?pageSize=1e1', 'pageSize');
    await expectInvalid(api, '/api/firms?tag=nope', 'tag');
    await expectInvalid(api, '/api/firms?tag=high_tech&tag=tech_sme', 'tag');
    await expectInvalid(api, '/api/firms?band=huge', 'band');
    await expectInvalid(api, '/api/firms?chain=-1', 'chain');
    await expectInvalid(api, '/api/firms?park=abc', 'park');
    await expectInvalid(api, '/api/firms?q=%00', 'q');
    await expectInvalid(api, `/api/firms?q=${'x'.repeat(101)}`, 'q');
  });

  describe('GET /api/firms/:id', () => {
    test('长虹: its park, chains, links, leadership, projects and problems', async () => {
      const id = await sqlNumber(
        api,
        sql`select id from firms where revenue_band = 'over_100b' limit 1`,
      );
      const firm = await getOk(api, `/api/firms/${id}`, firmDetailSchema);
      expect(firm.name).toContain('长虹');
      expect(firm.chains.map((chain) => chain.id).sort()).toEqual(
        (await sqlRows(api, sql`select chain_id from firm_chains where firm_id = ${id}`))
          .map((row) => Number(row.chain_id))
          .sort(),
      );
      expect(firm.links).toHaveLength(
        await sqlNumber(api, sql`select count(*)::int from chain_link_firms where firm_id = ${id}`),
      );
      expect(firm.leaderOf.map((lead) => lead.chain.id)).toEqual(
        (
          await sqlRows(
            api,
            sql`select l.chain_id from chain_leader_firms l join chains c on c.id = l.chain_id
                where l.firm_id = ${id} order by c.sort_order, c.id`,
          )
        ).map((row) => Number(row.chain_id)),
      );
      expect(firm.leaderOf.length).toBeGreaterThan(0);
      expect(firm.projects).toHaveLength(
        await sqlNumber(api, sql`select count(*)::int from projects where firm_id = ${id}`),
      );
      const problemTotal = await sqlNumber(
        api,
        sql`select count(*)::int from problems where firm_id = ${id}`,
      );
      expect(firm.problems.counts.total).toBe(problemTotal);
      expect(firm.problems.recent).toHaveLength(Math.min(problemTotal, 20));
      const raised = firm.problems.recent.map((problem) => problem.raisedOn);
      expect(raised).toEqual([...raised].sort().reverse());
    });

    test('a firm that leads no chain says so', async () => {
      const id = await sqlNumber(
        api,
        sql`select id from firms where id not in (select firm_id from chain_leader_firms)
            order by id limit 1`,
      );
      const firm = await getOk(api, `/api/firms/${id}`, firmDetailSchema);
      expect(firm.leaderOf).toEqual([]);
    });

    test('404 for an unknown firm, 400 for a bad id', async () => {
      const { error } = await getError(api, '/api/firms/999999', 404);
      expect(error.code).toBe('not_found');
      await expectInvalid(api, '/api/firms/abc', 'id');
    });
  });
});
