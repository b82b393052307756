import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { firmPageSchema } from '../../server/contract/firms';
import { engines } from '../support/test-database';
import { getOk, sqlNumber, useTestApi } from './support/api';

// Speed at this size is measured by `npm run bench` (bench/api-latency.ts), not timed here.
const FIRMS = 20_000;

describe.each(engines)('the firm list with %d firms', (engine) => {
  const api = useTestApi(engine, { sample: true });

  test('every query shape answers one page of its matches', async () => {
    await api.db.execute(sql`
      insert into firms (name, name_en, credit_code, park_id, revenue_band, revenue_yi, tags,
                         founded_year, employees)
      select '规模测试企业' || g, 'Scale Test Firm ' || g, 'SCALE' || lpad(g::text, 13, '0'),
             (select id from parks order by id limit 1 offset g % 10), 'under_100m',
             (g % 997) / 10.0, array['tech_sme']::firm_tag[], 1990 + g % 35, 10 + g % 500
      from generate_series(1, ${FIRMS} - (select count(*)::int from firms)) as g`);
    await api.db.execute(sql`
      insert into firm_chains (firm_id, chain_id)
      select f.id, c.id from firms f
      join chains c on c.sort_order = (select min(sort_order) from chains) + f.id % 12
      where f.name like '规模测试企业%'`);
    expect(await sqlNumber(api, sql`select count(*)::int from firms`)).toBe(FIRMS);

    const chain = await sqlNumber(api, sql`select id from chains order by sort_order limit 1`);
    for (const query of [
      '',
      'sort=revenue&order=desc&pageSize=100',
      'sort=name&page=150&pageSize=100',
      `q=${encodeURIComponent('测试企业1')}&sort=employees`,
      'q=scale%20test%20firm%20199',
      `chain=${chain}&tag=tech_sme&sort=founded&order=desc`,
    ]) {
      const page = await getOk(api, `/api/firms?${query}`, firmPageSchema);
      expect(page.items.length, query).toBeGreaterThan(0);
      expect(page.items.length, query).toBeLessThanOrEqual(page.pageSize);
      expect(page.total, query).toBeGreaterThanOrEqual(page.items.length);
    }
  });
});
