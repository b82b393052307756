import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { chainDetailSchema, chainListSchema, type ChainDetail } from '../../server/contract/chains';
import { segmentPositionSchema } from '../../server/contract/common';
import { fiveOneItems } from '../../server/contract/domain';
import { rateIndicator } from '../../server/contract/indicator-rating';
import { chainIndicatorsSchema } from '../../server/contract/indicators';
import { overviewSchema } from '../../server/contract/overview';
import { SAMPLE_TODAY } from '../support/sample-clock';
import { engines } from '../support/test-database';
import { expectInvalid, getError, getOk, sqlNumber, sqlRows, useTestApi } from './support/api';

describe.each(engines)('chains on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });

  describe('GET /api/chains', () => {
    test('lists the active chains in display order with states, leader and department', async () => {
      const { items } = await getOk(api, '/api/chains', chainListSchema);
      expect(items).toHaveLength(12);
      expect(items.map((chain) => chain.sortOrder)).toEqual(
        [...items.map((chain) => chain.sortOrder)].sort((a, b) => a - b),
      );
      for (const chain of items) {
        expect(chain.retiredAt).toBeNull();
        expect(chain.leaderName).not.toBe('');
        expect(chain.leadDepartment).not.toBeNull();
        expect(Object.keys(chain.fiveOnes).sort()).toEqual([...fiveOneItems].sort());
      }
      const newDisplay = items.find((chain) => chain.name === '新型显示');
      expect(newDisplay?.category).toBe('strategic');
    });

    test('filters by category and by status', async () => {
      const future = await getOk(api, '/api/chains?category=future', chainListSchema);
      expect(future.items.map((chain) => chain.name).sort()).toEqual(
        ['人工智能', '商业航天', '太赫兹技术', '低空经济'].sort(),
      );
      for (const status of ['green', 'amber', 'red'] as const) {
        const { items } = await getOk(api, `/api/chains?status=${status}`, chainListSchema);
        expect(items.every((chain) => chain.status === status)).toBe(true);
        expect(items.length).toBe(
          await sqlNumber(
            api,
            sql`select count(*)::int from chains where status = ${status}::rag_status
                and retired_at is null`,
          ),
        );
      }
    });

    test('refuses a bad filter, naming it', async () => {
      await expectInvalid(api, '/api/chains?category=past', 'category');
      await expectInvalid(api, '/api/chains?includeRetired=yes', 'includeRetired');
    });
  });

  describe('GET /api/chains/:id', () => {
    let chain: ChainDetail;
    const chainId = async () =>
      sqlNumber(api, sql`select id from chains where code = 'new-display'`);
    const fetchChain = async () =>
      (chain ??= await getOk(api, `/api/chains/${await chainId()}`, chainDetailSchema));

    test('has the chain’s own fields and its five ones as recorded', async () => {
      const detail = await fetchChain();
      expect(detail).toMatchObject({
        code: 'new-display',
        name: '新型显示',
        category: 'strategic',
      });
      const rows = await sqlRows(
        api,
        sql`select item::text, state::text, note, version from five_ones where chain_id = ${detail.id}`,
      );
      expect(rows).toHaveLength(5);
      for (const row of rows) {
        const item = fiveOneItems.find((name) => name === row.item);
        expect(item).toBeDefined();
        if (!item) continue;
        expect(detail.fiveOnes[item]).toMatchObject({
          state: row.state,
          note: row.note,
          version: row.version,
        });
      }
      const { leader_firm, chief_scientist, task_force, policy_package } = detail.fiveOnes;
      const [leaderFirm, chiefScientist, taskForce, policies] = [
        leader_firm.leaderFirm,
        chief_scientist.chiefScientist,
        task_force.taskForce,
        policy_package.policies,
      ];
      const leaderFirmId = await sqlNumber(
        api,
        sql`select firm_id from chain_leader_firms where chain_id = ${detail.id}`,
      );
      expect(leaderFirm?.firm.id).toBe(leaderFirmId);
      expect(chiefScientist?.name).toBeTruthy();
      expect(taskForce?.members.length).toBe(
        await sqlNumber(
          api,
          sql`select count(*)::int from task_force_members where chain_id = ${detail.id}`,
        ),
      );
      expect(policies.length).toBe(
        await sqlNumber(api, sql`select count(*)::int from policies where chain_id = ${detail.id}`),
      );
    });

    test('draws the chain map upstream to downstream with every link’s firms', async () => {
      const { chainMap, id } = await fetchChain();
      expect(chainMap.map((segment) => segment.position)).toEqual(segmentPositionSchema.options);
      const linkFirms = await sqlRows(
        api,
        sql`select l.id, count(f.firm_id)::int as n from chain_links l
            left join chain_link_firms f on f.link_id = l.id
            where l.chain_id = ${id} group by l.id`,
      );
      const links = chainMap.flatMap((segment) => segment.links);
      expect(links).toHaveLength(linkFirms.length);
      for (const segment of chainMap) {
        const orders = segment.links.map((link) => link.sortOrder);
        expect(orders).toEqual([...orders].sort((a, b) => a - b));
      }
      for (const link of links) {
        const expected = linkFirms.find((row) => Number(row.id) === link.id);
        expect(link.firmCount, link.name).toBe(Number(expected?.n));
        expect(link.firms).toHaveLength(link.firmCount);
      }
    });

    test('lists host parks (main first), clusters, projects and status reports', async () => {
      const detail = await fetchChain();
      const mains = detail.parks.map((park) => park.isMain);
      expect(mains).toEqual([...mains].sort((a, b) => Number(b) - Number(a)));
      expect(detail.parks.length).toBe(
        await sqlNumber(
          api,
          sql`select count(*)::int from park_chains where chain_id = ${detail.id}`,
        ),
      );
      expect(detail.clusters.length).toBe(
        await sqlNumber(
          api,
          sql`select count(*)::int from cluster_chains where chain_id = ${detail.id}`,
        ),
      );
      const [projectTotals] = await sqlRows(
        api,
        sql`select count(*)::int as n, coalesce(sum(investment_yi), 0)::float as yi
            from projects where chain_id = ${detail.id}`,
      );
      expect(detail.projects.count).toBe(Number(projectTotals?.n));
      expect(detail.projects.items).toHaveLength(detail.projects.count);
      expect(detail.projects.investmentYi).toBeCloseTo(Number(projectTotals?.yi), 2);
      expect(detail.projects.byStage.map((stage) => stage.stage)).toEqual([
        'signed',
        'started',
        'in_production',
      ]);
      expect(detail.projects.byStage.reduce((sum, stage) => sum + stage.count, 0)).toBe(
        detail.projects.count,
      );
      const reported = detail.statusReports.map((report) => report.reportedOn);
      expect(reported).toEqual([...reported].sort().reverse());
      expect(detail.firmCount).toBe(
        await sqlNumber(
          api,
          sql`select count(*)::int from firm_chains where chain_id = ${detail.id}`,
        ),
      );
    });

    test('summarises the chain’s problems, by department too', async () => {
      const { problems, id } = await fetchChain();
      const [counts] = await sqlRows(
        api,
        sql`select count(*)::int as total,
              count(*) filter (where status = 'resolved')::int as resolved,
              count(*) filter (where status = 'open')::int as open,
              count(*) filter (where status = 'assigned')::int as assigned,
              count(*) filter (where status <> 'resolved' and deadline < ${SAMPLE_TODAY}::date)::int
                as overdue
            from problems where chain_id = ${id}`,
      );
      expect(problems).toMatchObject({
        total: Number(counts?.total),
        resolved: Number(counts?.resolved),
        open: Number(counts?.open),
        assigned: Number(counts?.assigned),
        overdue: Number(counts?.overdue),
      });
      expect(problems.resolutionRate).toBeCloseTo(problems.resolved / problems.total, 10);
      const sumOf = (key: 'total' | 'overdue' | 'unresolved') =>
        problems.byDepartment.reduce((sum, row) => sum + row[key], 0);
      expect(sumOf('total')).toBe(problems.total);
      expect(sumOf('overdue')).toBe(problems.overdue);
      expect(sumOf('unresolved')).toBe(problems.total - problems.resolved);
    });

    test('404 for an unknown chain, 400 for an id that is not one', async () => {
      const { error } = await getError(api, '/api/chains/999999', 404);
      expect(error.code).toBe('not_found');
      await expectInvalid(api, '/api/chains/abc', 'id');
      await expectInvalid(api, '/api/chains/0', 'id');
      await expectInvalid(api, '/api/chains/1.5', 'id');
      await expectInvalid(api, '/api/chains/99999999999', 'id');
      // One resource, one address: number spellings other than plain digits are refused.
      for (const spelling of ['0x1', '1e0', '+1', '1.0', '%201']) {
        await expectInvalid(api, `/api/chains/${spelling}`, 'id');
      }
    });
  });

  describe('GET /api/chains/:id/indicators', () => {
    test('every indicator with its periods oldest first, each rated', async () => {
      const id = await sqlNumber(api, sql`select id from chains where code = 'new-display'`);
      const { chain, indicators } = await getOk(
        api,
        `/api/chains/${id}/indicators`,
        chainIndicatorsSchema,
      );
      expect(chain.id).toBe(id);
      expect(indicators.length).toBe(
        await sqlNumber(api, sql`select count(*)::int from indicators where chain_id = ${id}`),
      );
      expect(indicators.some((indicator) => indicator.isKey)).toBe(true);
      for (const indicator of indicators) {
        const periods = indicator.values.map((value) => value.period);
        expect(periods).toEqual([...periods].sort());
        expect(periods.length).toBeGreaterThanOrEqual(8);
        for (const value of indicator.values) {
          expect(value.rating).toBe(rateIndicator({ direction: indicator.direction, ...value }));
        }
      }
    });

    test('404 for an unknown chain', async () => {
      await getError(api, '/api/chains/424242/indicators', 404);
      await expectInvalid(api, '/api/chains/x/indicators', 'id');
    });
  });

  describe('a retired chain', () => {
    const retiring = useTestApi(engine, { sample: true });

    test('leaves the overview and the list, unless asked for, but keeps its page', async () => {
      const id = await sqlNumber(retiring, sql`select id from chains where code = 'new-display'`);
      await retiring.db.execute(
        sql`update chains set retired_at = '2026-06-01T00:00:00Z' where id = ${id}`,
      );
      const overview = await getOk(retiring, '/api/overview', overviewSchema);
      expect(overview.chains.map((chain) => chain.id)).not.toContain(id);
      expect(overview.headline.chains).toEqual({ total: 11, strategic: 7, future: 4 });

      const active = await getOk(retiring, '/api/chains', chainListSchema);
      expect(active.items.map((chain) => chain.id)).not.toContain(id);
      const all = await getOk(retiring, '/api/chains?includeRetired=true', chainListSchema);
      expect(all.items.find((chain) => chain.id === id)?.retiredAt).toBe(
        '2026-06-01T00:00:00.000Z',
      );
      const detail = await getOk(retiring, `/api/chains/${id}`, chainDetailSchema);
      expect(detail.retiredAt).toBe('2026-06-01T00:00:00.000Z');
    });
  });
});
