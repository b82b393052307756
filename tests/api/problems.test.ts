import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { problemSorts } from '../../server/contract/list-params';
import { problemStatusSchema } from '../../server/contract/common';
import {
  problemDetailSchema,
  problemPageSchema,
  type ProblemListItem,
} from '../../server/contract/problems';
import { SAMPLE_TODAY } from '../support/sample-clock';
import { engines } from '../support/test-database';
import { expectInvalid, getError, getOk, sqlNumber, sqlRows, useTestApi } from './support/api';
import { expectSorted, expectSortedBothWays } from './support/order';

const sortKeys: Record<(typeof problemSorts)[number], (problem: ProblemListItem) => string | null> =
  {
    raisedOn: (problem) => problem.raisedOn,
    deadline: (problem) => problem.deadline,
    // Red, amber, then the rest; then the deadline, none after any ('~' sorts after digits).
    urgency: (problem) => {
      const level =
        problem.status === 'resolved' ? 3 : ['red', 'amber', 'none'].indexOf(problem.supervision);
      return `${String(level)} ${problem.deadline ?? '~'}`;
    },
  };

const overdueSql = sql`status <> 'resolved' and deadline < ${SAMPLE_TODAY}::date`;

describe.each(engines)('problems on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  const list = (query: string) => getOk(api, `/api/problems?${query}`, problemPageSchema);

  test('all 2,090 problems, newest raised first', async () => {
    const page = await list('');
    expect(page.total).toBe(2090);
    expectSorted(page.items, sortKeys.raisedOn, 'desc');
  });

  test('filters by status: 1,885 resolved', async () => {
    for (const status of problemStatusSchema.options) {
      const page = await list(`status=${status}&pageSize=100`);
      expect(page.items.every((problem) => problem.status === status)).toBe(true);
      expect(page.total).toBe(
        await sqlNumber(
          api,
          sql`select count(*)::int from problems where status = ${status}::problem_status`,
        ),
      );
    }
    expect((await list('status=resolved')).total).toBe(1885);
  });

  test('overdue=true lists exactly the overdue problems, overdue=false the rest', async () => {
    const expected = await sqlRows(api, sql`select id from problems where ${overdueSql}`);
    expect(expected.length).toBeGreaterThan(0);
    const overdue = await list('overdue=true&pageSize=100');
    expect(overdue.total).toBe(expected.length);
    expect(overdue.items.every((problem) => problem.overdue && problem.status !== 'resolved')).toBe(
      true,
    );
    const rest = await list('overdue=false');
    expect(rest.total).toBe(2090 - expected.length);
    expect(rest.items.every((problem) => problem.overdueDays === null)).toBe(true);
  });

  test('an overdue problem says how many city days it is past its deadline', async () => {
    const [oldest] = await sqlRows(
      api,
      sql`select id, (${SAMPLE_TODAY}::date - deadline) as days from problems
          where ${overdueSql} order by deadline, id limit 1`,
    );
    const page = await list('overdue=true&sort=deadline&order=asc&pageSize=1');
    expect(page.items[0]).toMatchObject({ id: oldest?.id, overdueDays: Number(oldest?.days) });
    expect(Number(oldest?.days)).toBeGreaterThan(0);
  });

  test.each(problemSorts)('sorts by %s both ways, blanks last', async (sort) => {
    const page = async (order: 'asc' | 'desc') =>
      (await list(`sort=${sort}&order=${order}&pageSize=100&status=assigned`)).items;
    const pages = { asc: await page('asc'), desc: await page('desc') };
    expectSortedBothWays(pages, sortKeys[sort]);
  });

  test('by urgency, a department sees its red problems, then amber, then the rest open, then the resolved', async () => {
    const red = await list('supervision=red&pageSize=1');
    const department = red.items[0]?.ownerDepartment?.id;
    expect(department, 'the sample city has a red problem').toBeDefined();
    const page = await list(`department=${String(department)}&sort=urgency&order=asc&pageSize=100`);
    expectSorted(page.items, sortKeys.urgency, 'asc');
    expect(page.items[0]?.supervision).toBe('red');
    expect(new Set(page.items.map((problem) => problem.supervision)).size).toBeGreaterThan(1);
    const firstResolved = page.items.findIndex((problem) => problem.status === 'resolved');
    expect(firstResolved, 'the department has resolved problems').toBeGreaterThan(0);
    expect(page.items.slice(firstResolved).every((problem) => problem.status === 'resolved')).toBe(
      true,
    );
  });

  test('filters by chain, department and category together, and q', async () => {
    const [row] = await sqlRows(
      api,
      sql`select chain_id, owner_department_id, category, count(*)::int as n from problems
          where chain_id is not null and owner_department_id is not null
          group by chain_id, owner_department_id, category order by n desc limit 1`,
    );
    const query = new URLSearchParams({
      chain: String(row?.chain_id),
      department: String(row?.owner_department_id),
      category: String(row?.category),
      pageSize: '100',
    });
    const page = await list(query.toString());
    expect(page.total).toBe(Number(row?.n));
    for (const problem of page.items) {
      expect(problem.chain?.id).toBe(Number(row?.chain_id));
      expect(problem.ownerDepartment?.id).toBe(Number(row?.owner_department_id));
      expect(problem.category).toBe(row?.category);
    }

    const [titled] = await sqlRows(api, sql`select title from problems order by id limit 1`);
    const word = String(titled?.title).slice(0, 4);
    const byTitle = await list(`q=${encodeURIComponent(word)}`);
    expect(byTitle.total).toBe(
      await sqlNumber(
        api,
        sql`select count(*)::int from problems p left join firms f on f.id = p.firm_id
            where p.title like ${`%${word}%`} or f.name like ${`%${word}%`}`,
      ),
    );

    const [firm] = await sqlRows(
      api,
      sql`select f.name from problems p join firms f on f.id = p.firm_id limit 1`,
    );
    const byFirm = await list(`q=${encodeURIComponent(String(firm?.name))}`);
    expect(byFirm.items.some((problem) => problem.firm?.name === firm?.name)).toBe(true);
    expect(await list('chain=999999')).toMatchObject({ items: [], total: 0 });
  });

  test('refuses bad parameters, naming each', async () => {
    await expectInvalid(api, '/api/problems?sort=title', 'sort');
    await expectInvalid(api, '/api/problems?status=closed', 'status');
    await expectInvalid(api, '/api/problems?overdue=maybe', 'overdue');
    await expectInvalid(api, '/api/problems?department=me', 'department');
    await expectInvalid(api, '/api/problems?pageSize=1000', 'pageSize');
  });

  test('GET /api/problems/:id with detail and feedback', async () => {
    const id = await sqlNumber(
      api,
      sql`select id from problems where status = 'resolved' order by id limit 1`,
    );
    const problem = await getOk(api, `/api/problems/${id}`, problemDetailSchema);
    expect(problem).toMatchObject({ id, status: 'resolved', overdue: false });
    expect(problem.resolvedOn).not.toBeNull();
    const { error } = await getError(api, '/api/problems/999999', 404);
    expect(error.code).toBe('not_found');
    await expectInvalid(api, '/api/problems/abc', 'id');
  });
});
