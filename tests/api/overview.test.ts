import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { STALE_STATUS_DAYS } from '../../server/contract/alerts';
import { fiveOneItemSchema, indicatorDirectionSchema } from '../../server/contract/common';
import { fiveOneItems } from '../../server/contract/domain';
import { rateIndicator } from '../../server/contract/indicator-rating';
import { overviewSchema, type Overview } from '../../server/contract/overview';
import { SAMPLE_TODAY, sampleNow } from '../support/sample-clock';
import { createTestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { getOk, sqlNumber, sqlRows, useTestApi, type TestApi } from './support/api';
import { problemBody, sendWrite } from './support/writes';

/** Per chain id, a number from a hand-written `select chain_id, count(*)::int as n … group by`. */
async function countsByChain(api: TestApi, query: SQL) {
  const rows = await sqlRows(api, query);
  return new Map(rows.map((row) => [Number(row.chain_id), Number(row.n)]));
}

describe.each(engines)('GET /api/overview on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let overview: Overview;
  const fetchOverview = async () =>
    (overview ??= await getOk(api, '/api/overview', overviewSchema));

  test('says which city and day it describes', async () => {
    const { dataset, asOf } = await fetchOverview();
    expect(asOf).toBe(SAMPLE_TODAY);
    expect(dataset).toMatchObject({ isSample: true, cityName: '绵阳市（示例）' });
  });

  test('headline reproduces the article’s city-wide figures', async () => {
    const { headline } = await fetchOverview();
    expect(headline.chains).toEqual({ total: 12, strategic: 8, future: 4 });
    expect(headline.firms.highTech).toBe(812);
    expect(headline.firms.techSme).toBeGreaterThanOrEqual(2900);
    expect(headline.firms).toMatchObject({
      littleGiant: 35,
      singleChampion: 5,
      over100b: 1,
      over10b: 3,
    });
    expect(headline.specialtyParks).toBe(10);
    expect(headline.clusters).toEqual({ national: 3, provincial: 6, smeFeature: 2 });
    expect(headline.promotionProjects).toEqual({ count: 168, investmentYi: 2024.55 });
    expect(headline.problems).toMatchObject({ total: 2090, resolved: 1885, unresolved: 205 });
    expect(headline.problems.resolutionRate).toBeCloseTo(1885 / 2090, 10);
    // 192 座谈会 with 3,361 firms collected 2,090 problems, 1,885 of them resolved.
    expect(headline.meetings).toEqual({
      meetings: 192,
      firms: 3361,
      problems: 2090,
      resolved: 1885,
    });
  });

  test('headline reproduces the article’s technology figures, counted from the records', async () => {
    const { headline } = await fetchOverview();
    const year = Number(SAMPLE_TODAY.slice(0, 4)) - 1;
    expect(headline.technology).toEqual({
      year,
      // 累计遴选第三批69名科技助理
      assistants: 69,
      latestBatch: 3,
      // 促成400项技术成功对接、31项科技成果转化落地 (成功: 达成意向 or beyond)
      assistantMatches: 400,
      assistantTransfers: 31,
      // 2023年促进150余项科技成果转化
      transfersInYear: 152,
      // "云上两城"已入驻…26所知名高校和29个顶尖团队
      networkUniversities: 26,
      networkTeams: 29,
      // 净增国家高新技术企业超100家、总数超810家
      highTechFirms: 812,
      highTechGained: 104,
      highTechLost: 0,
      highTechNetNew: 104,
      // 高新技术产业营业收入达到2700亿元
      highTechRevenueYi: 2700,
      // 富临精工等6户企业入选…"赛手企业"
      trackRacers: 6,
    });
    expect(
      await sqlNumber(
        api,
        sql`select count(*)::int from tech_matches
            where stage = 'landed' and extract(year from landed_on) = ${year}`,
      ),
    ).toBe(headline.technology.transfersInYear);
    expect(
      await sqlNumber(
        api,
        sql`select count(*)::int from firms where 'track_racer' = any(tags)
            and name = '四川富临精工股份有限公司'`,
      ),
    ).toBe(1);
  });

  test('headline firm and problem counts equal hand-written SQL', async () => {
    const { headline } = await fetchOverview();
    const tagged = (tag: string) =>
      sqlNumber(api, sql`select count(*)::int from firms where ${tag}::firm_tag = any(tags)`);
    expect(headline.firms.total).toBe(await sqlNumber(api, sql`select count(*)::int from firms`));
    expect(headline.firms.techSme).toBe(await tagged('tech_sme'));
    expect(headline.firms.littleGiant).toBe(await tagged('little_giant'));
    expect(headline.problems.overdue).toBe(
      await sqlNumber(
        api,
        sql`select count(*)::int from problems
            where status <> 'resolved' and deadline < ${SAMPLE_TODAY}::date`,
      ),
    );
    expect(headline.problems.overdue).toBeGreaterThan(0);
  });

  test('lists the active chains in display order with their five-ones states', async () => {
    const { chains } = await fetchOverview();
    const expected = await sqlRows(
      api,
      sql`select id from chains where retired_at is null order by sort_order, id`,
    );
    expect(chains.map((chain) => chain.id)).toEqual(expected.map((row) => Number(row.id)));

    const rows = await sqlRows(api, sql`select chain_id, item::text, state::text from five_ones`);
    expect(rows.length).toBe(chains.length * fiveOneItems.length);
    const byChain = new Map(chains.map((chain) => [chain.id, chain.fiveOnes]));
    for (const row of rows) {
      const states = byChain.get(Number(row.chain_id));
      const item = fiveOneItemSchema.parse(row.item);
      expect(states?.[item], `${row.chain_id} ${item}`).toBe(row.state);
    }
  });

  test('per-chain counts equal hand-written SQL', async () => {
    const { chains } = await fetchOverview();
    const firms = await countsByChain(
      api,
      sql`select chain_id, count(*)::int as n from firm_chains group by chain_id`,
    );
    const parks = await countsByChain(
      api,
      sql`select chain_id, count(*)::int as n from park_chains group by chain_id`,
    );
    const projects = await countsByChain(
      api,
      sql`select chain_id, count(*)::int as n from projects group by chain_id`,
    );
    const unresolved = await countsByChain(
      api,
      sql`select chain_id, count(*)::int as n from problems
          where status <> 'resolved' group by chain_id`,
    );
    const overdue = await countsByChain(
      api,
      sql`select chain_id, count(*)::int as n from problems
          where status <> 'resolved' and deadline < ${SAMPLE_TODAY}::date group by chain_id`,
    );
    for (const chain of chains) {
      expect(chain.counts, chain.name).toEqual({
        firms: firms.get(chain.id) ?? 0,
        parks: parks.get(chain.id) ?? 0,
        projects: projects.get(chain.id) ?? 0,
        unresolvedProblems: unresolved.get(chain.id) ?? 0,
        overdueProblems: overdue.get(chain.id) ?? 0,
      });
    }
  });

  test('alerts flag stale statuses, overdue problems and stalled projects', async () => {
    const { chains } = await fetchOverview();
    const ages = await sqlRows(
      api,
      sql`select id, floor(extract(epoch from (${sampleNow().toISOString()}::timestamptz
            - status_updated_at)) / 86400)::int as days
          from chains where retired_at is null`,
    );
    const stalled = await countsByChain(
      api,
      sql`select chain_id, count(*)::int as n from projects
          where stage <> 'in_production' and progress_updated_on < ${SAMPLE_TODAY}::date - 90
          group by chain_id`,
    );
    const staleChains = ages.filter((row) => Number(row.days) > STALE_STATUS_DAYS);
    // The sample keeps some chains stale, so this test is never vacuous.
    expect(staleChains.length).toBeGreaterThan(0);

    for (const chain of chains) {
      const age = ages.find((row) => Number(row.id) === chain.id);
      const days = Number(age?.days);
      const expected = [
        ...(days > STALE_STATUS_DAYS ? [{ kind: 'stale_status', days }] : []),
        ...(chain.counts.overdueProblems > 0
          ? [{ kind: 'overdue_problems', count: chain.counts.overdueProblems }]
          : []),
        ...((stalled.get(chain.id) ?? 0) > 0
          ? [{ kind: 'stalled_projects', count: stalled.get(chain.id) }]
          : []),
      ];
      expect(chain.alerts, chain.name).toEqual(expected);
    }
  });

  test('key indicators show the latest reported value, rated, and up to eight periods', async () => {
    const { chains } = await fetchOverview();
    const latest = await sqlRows(
      api,
      sql`select distinct on (v.indicator_id) v.indicator_id, v.period, v.value::float,
            v.target::float, v.warning_threshold::float, v.excellent_threshold::float,
            i.direction::text
          from indicator_values v join indicators i on i.id = v.indicator_id
          where i.is_key and v.value is not null
          order by v.indicator_id, v.period desc`,
    );
    const keyCount = await sqlNumber(
      api,
      sql`select count(*)::int from indicators i join chains c on c.id = i.chain_id
          where i.is_key and c.retired_at is null`,
    );
    const indicators = chains.flatMap((chain) => chain.keyIndicators);
    expect(indicators.length).toBe(keyCount);
    expect(keyCount).toBeGreaterThan(0);
    for (const indicator of indicators) {
      const reported = latest.find((row) => Number(row.indicator_id) === indicator.indicatorId);
      expect(indicator.period).toBe(reported?.period ?? null);
      expect(indicator.value).toBe(reported ? Number(reported.value) : null);
      const periods = indicator.series.map((point) => point.period);
      expect(periods).toEqual([...periods].sort());
      expect(periods.length).toBeLessThanOrEqual(8);
      expect(periods.at(-1)).toBe(indicator.period);
      if (reported) {
        expect(indicator.rating).toBe(
          rateIndicator({
            direction: indicatorDirectionSchema.parse(reported.direction),
            value: Number(reported.value),
            target: Number(reported.target),
            warningThreshold: Number(reported.warning_threshold),
            excellentThreshold: Number(reported.excellent_threshold),
          }),
        );
      } else {
        expect(indicator.rating).toBeNull();
      }
    }
  });
});

describe.each(engines)('GET /api/overview after writes on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });

  // The overview's data is kept between requests until the data version moves: these writes
  // must show at the very next read.
  test('shows a status change and a new problem at the next read', async () => {
    const before = await getOk(api, '/api/overview', overviewSchema);
    const chain = before.chains[0];
    if (!chain) throw new Error('The sample has chains');
    const admin = await createTestUser(api.db, { role: 'admin' });
    const status = chain.status === 'red' ? 'green' : 'red';
    const version = await sqlNumber(api, sql`select version from chains where id = ${chain.id}`);
    const saved = await sendWrite(
      api.app,
      {
        method: 'PUT',
        path: `/api/chains/${chain.id}/status`,
        body: { status, statusNote: '缓存之后的写入', version },
      },
      { cookie: admin.cookie },
    );
    expect(saved.status).toBe(200);
    const afterStatus = await getOk(api, '/api/overview', overviewSchema);
    expect(afterStatus.chains[0]).toMatchObject({ status, statusNote: '缓存之后的写入' });

    const created = await sendWrite(
      api.app,
      { method: 'POST', path: `/api/chains/${chain.id}/problems`, body: problemBody('新问题') },
      { cookie: admin.cookie },
    );
    expect(created.status).toBe(201);
    const afterProblem = await getOk(api, '/api/overview', overviewSchema);
    expect(afterProblem.chains[0]?.counts.unresolvedProblems).toBe(
      chain.counts.unresolvedProblems + 1,
    );
    expect(afterProblem.headline.problems.total).toBe(before.headline.problems.total + 1);
  });
});
