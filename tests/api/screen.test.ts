import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { DEFAULT_PROBLEM_RED_AFTER_DAYS } from '../../server/contract/alerts';
import { investmentFunnelSchema } from '../../server/contract/investment';
import { screenSchema, screenVersionSchema, type Screen } from '../../server/contract/screen';
import { supervisionSummarySchema } from '../../server/contract/supervision';
import { SAMPLE_TODAY } from '../support/sample-clock';
import { createTestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { getOk, sqlNumber, sqlRows, useTestApi } from './support/api';
import { problemBody, sendWrite } from './support/writes';

describe.each(engines)('GET /api/screen on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let screen: Screen;
  const fetchScreen = async () => (screen ??= await getOk(api, '/api/screen', screenSchema));

  test('says which city, day and data version it shows', async () => {
    const { dataset, asOf, dataVersion } = await fetchScreen();
    expect(asOf).toBe(SAMPLE_TODAY);
    expect(dataset).toMatchObject({ isSample: true });
    const version = await getOk(api, '/api/screen/version', screenVersionSchema);
    expect(version).toEqual({ dataVersion, asOf: SAMPLE_TODAY });
  });

  test('the funnel is the investment screen’s, the 督办 counts the supervision screen’s', async () => {
    const { investment, problems } = await fetchScreen();
    const funnel = await getOk(api, '/api/investment/funnel', investmentFunnelSchema);
    expect(investment.funnel).toEqual(funnel.total);
    const supervision = await getOk(api, '/api/supervision', supervisionSummarySchema);
    expect(problems.redCount).toBe(supervision.total.red);
    for (const row of problems.overdueByDepartment) {
      expect(supervision.departments).toContainEqual(row);
    }
    const shown = supervision.departments.filter((row) => row.amber + row.red > 0);
    expect(problems.overdueByDepartment).toHaveLength(Math.min(6, shown.length));
  });

  test('twelve months, counted from the records', async () => {
    const { investment, problems } = await fetchScreen();
    expect(investment.signedByMonth.map((row) => row.month)).toEqual(
      problems.byMonth.map((row) => row.month),
    );
    expect(investment.signedByMonth).toHaveLength(12);
    expect(investment.signedByMonth.at(-1)?.month).toBe(SAMPLE_TODAY.slice(0, 7));
    const signedSince = await sqlNumber(
      api,
      sql`select count(*)::int from projects where origin = 'investment_promotion'
          and withdrawn_at is null and signed_on >= '2025-07-01'`,
    );
    expect(investment.signedByMonth.reduce((sum, row) => sum + row.count, 0)).toBe(signedSince);
    const [raised] = await sqlRows(
      api,
      sql`select count(*)::int as raised, count(*) filter (where status = 'resolved')::int as resolved
          from problems where withdrawn_at is null and raised_on >= '2025-07-01'`,
    );
    const sum = (key: 'raised' | 'resolved') =>
      problems.byMonth.reduce((total, row) => total + row[key], 0);
    expect(sum('raised')).toBe(Number(raised?.raised));
    expect(sum('resolved')).toBe(Number(raised?.resolved));
    for (const row of problems.byMonth) {
      expect(row.resolutionRate).toBe(row.raised === 0 ? 0 : row.resolved / row.raised);
    }
  });

  test('the newest red problems are red, most recently turned red first', async () => {
    const { problems } = await fetchScreen();
    expect(problems.newestRed.length).toBe(Math.min(5, problems.redCount));
    const deadlines = problems.newestRed.map((row) => row.deadline);
    expect(deadlines).toEqual([...deadlines].sort().reverse());
    for (const row of problems.newestRed) {
      expect(row.daysOverdue).toBeGreaterThan(DEFAULT_PROBLEM_RED_AFTER_DAYS);
    }
  });

  test('projects by stage and parks by district add up to the records', async () => {
    const { projectsByStage, districts } = await fetchScreen();
    const projects = await sqlNumber(
      api,
      sql`select count(*)::int from projects where withdrawn_at is null`,
    );
    expect(projectsByStage.map((row) => row.stage)).toEqual(['signed', 'started', 'in_production']);
    expect(projectsByStage.reduce((sum, row) => sum + row.count, 0)).toBe(projects);
    const parks = await sqlRows(
      api,
      sql`select district, count(*)::int as n from parks where withdrawn_at is null group by district`,
    );
    expect(new Map(districts.map((row) => [row.district, row.parks.length]))).toEqual(
      new Map(parks.map((row) => [String(row.district), Number(row.n)])),
    );
    const firmsInParks = await sqlNumber(
      api,
      sql`select count(*)::int from firms f join parks p on p.id = f.park_id
          where f.withdrawn_at is null and p.withdrawn_at is null`,
    );
    const shownFirms = districts.flatMap((row) => row.parks).reduce((sum, p) => sum + p.firms, 0);
    expect(shownFirms).toBe(firmsInParks);
  });

  test('stalled leads: the count and the longest idle few', async () => {
    const { investment } = await fetchScreen();
    expect(investment.stalledLeads.count).toBe(investment.funnel.stalled);
    expect(investment.stalledLeads.items.length).toBe(Math.min(5, investment.stalledLeads.count));
  });

  test('a write raises the version and shows at the next read', async () => {
    const before = await getOk(api, '/api/screen/version', screenVersionSchema);
    const screenBefore = await getOk(api, '/api/screen', screenSchema);
    const admin = await createTestUser(api.db, { role: 'admin' });
    const chainId = await sqlNumber(api, sql`select min(id)::int from chains`);
    const created = await sendWrite(
      api.app,
      { method: 'POST', path: `/api/chains/${chainId}/problems`, body: problemBody('大屏新问题') },
      { cookie: admin.cookie },
    );
    expect(created.status).toBe(201);
    const after = await getOk(api, '/api/screen/version', screenVersionSchema);
    expect(after.dataVersion).toBeGreaterThan(before.dataVersion);
    const screenAfter = await getOk(api, '/api/screen', screenSchema);
    expect(screenAfter.dataVersion).toBe(after.dataVersion);
    const june = screenAfter.problems.byMonth.find((row) => row.month === '2026-06');
    const juneBefore = screenBefore.problems.byMonth.find((row) => row.month === '2026-06');
    expect(june?.raised).toBe((juneBefore?.raised ?? 0) + 1);
  });

  test('without a session both reads are 401', async () => {
    for (const path of ['/api/screen', '/api/screen/version']) {
      const response = await api.app.request(path);
      expect(response.status).toBe(401);
    }
  });
});
