import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { nameSortKey } from '../../server/db/name-sort-key';
import { parkSorts } from '../../server/contract/list-params';
import { parkDetailSchema, parkPageSchema, type ParkListItem } from '../../server/contract/parks';
import { engines } from '../support/test-database';
import { expectInvalid, getError, getOk, sqlNumber, sqlRows, useTestApi } from './support/api';
import { expectSortedBothWays } from './support/order';

const sortKeys: Record<(typeof parkSorts)[number], (park: ParkListItem) => string | number | null> =
  {
    name: (park) => nameSortKey(park.name),
    output: (park) => park.outputYi,
    occupancy: (park) => park.occupancyRate,
  };

describe.each(engines)('parks on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  const list = (query: string) => getOk(api, `/api/parks?${query}`, parkPageSchema);

  test('lists every park with its chains and counts equal to SQL', async () => {
    const page = await list('pageSize=100');
    expect(page.total).toBe(await sqlNumber(api, sql`select count(*)::int from parks`));
    expect(page.items).toHaveLength(page.total);
    const counts = await sqlRows(
      api,
      sql`select p.id,
            (select count(*) from firms f where f.park_id = p.id)::int as firms,
            (select count(*) from projects j where j.park_id = p.id)::int as projects,
            (select count(*) from park_chains c where c.park_id = p.id)::int as chains
          from parks p`,
    );
    for (const park of page.items) {
      const expected = counts.find((row) => Number(row.id) === park.id);
      expect(park.firmCount, park.name).toBe(Number(expected?.firms));
      expect(park.projectCount, park.name).toBe(Number(expected?.projects));
      expect(park.chains, park.name).toHaveLength(Number(expected?.chains));
      const mains = park.chains.map((chain) => chain.isMain);
      expect(mains).toEqual([...mains].sort((a, b) => Number(b) - Number(a)));
    }
  });

  test('ten specialty parks', async () => {
    const specialty = await list('specialty=true');
    expect(specialty.total).toBe(10);
    expect(specialty.items.every((park) => park.isSpecialty)).toBe(true);
    const others = await list('specialty=false');
    expect(others.items.every((park) => !park.isSpecialty)).toBe(true);
    expect(others.total).toBe((await list('')).total - 10);
  });

  test.each(parkSorts)('sorts by %s both ways', async (sort) => {
    const page = async (order: 'asc' | 'desc') =>
      (await list(`sort=${sort}&order=${order}&pageSize=100`)).items;
    const pages = { asc: await page('asc'), desc: await page('desc') };
    expectSortedBothWays(pages, sortKeys[sort]);
  });

  test('filters by district, chain and name; pages', async () => {
    const [busiest] = await sqlRows(
      api,
      sql`select district, count(*)::int as n from parks group by district
          order by n desc, district limit 1`,
    );
    const district = String(busiest?.district);
    const byDistrict = await list(`district=${encodeURIComponent(district)}`);
    expect(byDistrict.total).toBe(Number(busiest?.n));
    expect(byDistrict.items.every((park) => park.district === district)).toBe(true);

    const chain = await sqlNumber(api, sql`select id from chains where code = 'new-display'`);
    const byChain = await list(`chain=${chain}`);
    expect(byChain.total).toBe(
      await sqlNumber(api, sql`select count(*)::int from park_chains where chain_id = ${chain}`),
    );
    for (const park of byChain.items) {
      expect(park.chains.map((ref) => ref.id)).toContain(chain);
    }
    expect(await list('chain=999999')).toMatchObject({ items: [], total: 0 });

    const byName = await list(`q=${encodeURIComponent('产业园')}`);
    expect(byName.total).toBe(
      await sqlNumber(api, sql`select count(*)::int from parks where name like '%产业园%'`),
    );

    const first = await list('pageSize=3');
    const second = await list('pageSize=3&page=2');
    const six = await list('pageSize=6');
    expect([...first.items, ...second.items]).toEqual(six.items);
  });

  test('refuses bad parameters, naming each', async () => {
    await expectInvalid(api, '/api/parks?sort=area', 'sort');
    await expectInvalid(api, '/api/parks?specialty=1', 'specialty');
    await expectInvalid(api, '/api/parks?pageSize=101', 'pageSize');
    await expectInvalid(api, '/api/parks?chain=x', 'chain');
  });

  test('GET /api/parks/:id: chains, counts and projects', async () => {
    const id = await sqlNumber(
      api,
      sql`select park_id from projects where park_id is not null
          group by park_id order by count(*) desc, park_id limit 1`,
    );
    const park = await getOk(api, `/api/parks/${id}`, parkDetailSchema);
    const [totals] = await sqlRows(
      api,
      sql`select count(*)::int as n, sum(investment_yi)::float as yi
          from projects where park_id = ${id}`,
    );
    expect(park.counts.projects).toBe(Number(totals?.n));
    expect(park.counts.projectInvestmentYi).toBeCloseTo(Number(totals?.yi), 2);
    expect(park.projects).toHaveLength(park.counts.projects);
    expect(park.projects.every((project) => project.park?.id === id)).toBe(true);
    expect(park.counts.firms).toBe(
      await sqlNumber(api, sql`select count(*)::int from firms where park_id = ${id}`),
    );
    await getError(api, '/api/parks/999999', 404);
    await expectInvalid(api, '/api/parks/abc', 'id');
  });
});
