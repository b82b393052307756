import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { createApp } from '../../server/app/create-app';
import {
  problemDetailSchema,
  problemPageSchema,
  type ProblemListItem,
} from '../../server/contract/problems';
import { readEnv } from '../../server/env';
import { DEFAULT_PROBLEM_RED_AFTER_DAYS } from '../../server/contract/alerts';
import {
  supervisionSheetSchema,
  supervisionSummarySchema,
} from '../../server/contract/supervision';
import { departments, problems } from '../../server/db/schema';
import { SAMPLE_TODAY } from '../support/sample-clock';
import { engines } from '../support/test-database';
import { expectInvalid, getError, getOk, sqlNumber, sqlRows, useTestApi } from './support/api';

const N = DEFAULT_PROBLEM_RED_AFTER_DAYS;

/** The sample's today moved by `days` on the calendar. */
function dayFrom(days: number) {
  const day = new Date(`${SAMPLE_TODAY}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** One problem per place on the clock, all owned by a department of their own. */
const cases = [
  { title: '督办测试·明日到期', deadline: dayFrom(1), status: 'assigned', level: 'none' },
  { title: '督办测试·今日到期', deadline: dayFrom(0), status: 'assigned', level: 'amber' },
  { title: '督办测试·逾期N天', deadline: dayFrom(-N), status: 'open', level: 'amber' },
  { title: '督办测试·逾期N+1天', deadline: dayFrom(-N - 1), status: 'assigned', level: 'red' },
  { title: '督办测试·已解决', deadline: dayFrom(-30), status: 'resolved', level: 'none' },
  { title: '督办测试·无期限', deadline: null, status: 'assigned', level: 'none' },
] as const;

const levelSql = (n: number) => sql`case
  when status <> 'resolved' and deadline < ${SAMPLE_TODAY}::date - ${n}::integer then 'red'
  when status <> 'resolved' and deadline <= ${SAMPLE_TODAY}::date then 'amber'
  else 'none' end`;

describe.each(engines)('督办 on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let departmentId = 0;
  const ids = new Map<string, number>();

  async function seed() {
    if (departmentId) return;
    const [department] = await api.db
      .insert(departments)
      .values({ name: '督办测试局', nameEn: 'Supervision Test Bureau' })
      .returning({ id: departments.id });
    if (!department) throw new Error('the test department was not created');
    departmentId = department.id;
    const [anyProblem] = await sqlRows(api, sql`select chain_id, firm_id from problems limit 1`);
    const rows = await api.db
      .insert(problems)
      .values(
        cases.map((one) => ({
          chainId: Number(anyProblem?.chain_id),
          firmId: Number(anyProblem?.firm_id),
          title: one.title,
          category: '督办测试',
          raisedOn: dayFrom(-60),
          ownerDepartmentId: departmentId,
          deadline: one.deadline,
          status: one.status,
          resolvedOn: one.status === 'resolved' ? dayFrom(-31) : null,
        })),
      )
      .returning({ id: problems.id, title: problems.title });
    for (const row of rows) ids.set(row.title, row.id);
  }

  const ours = async (query = '') => {
    await seed();
    const page = await getOk(
      api,
      `/api/problems?category=督办测试&pageSize=100&${query}`,
      problemPageSchema,
    );
    return new Map(page.items.map((item: ProblemListItem) => [item.title, item.supervision]));
  };

  test('none before the deadline day, amber from it up to N days overdue, red after', async () => {
    const levels = await ours();
    for (const one of cases) expect(levels.get(one.title), one.title).toBe(one.level);
  });

  test('a problem’s page says its level', async () => {
    await seed();
    const id = ids.get('督办测试·逾期N+1天');
    const detail = await getOk(api, `/api/problems/${id}`, problemDetailSchema);
    expect(detail).toMatchObject({ supervision: 'red', overdueDays: N + 1 });
  });

  test('the supervision filter selects exactly one level', async () => {
    expect([...(await ours('supervision=red')).keys()]).toEqual(['督办测试·逾期N+1天']);
    expect([...(await ours('supervision=amber')).keys()].sort()).toEqual(
      ['督办测试·今日到期', '督办测试·逾期N天'].sort(),
    );
    expect((await ours('supervision=none')).size).toBe(3);
    for (const level of ['red', 'amber', 'none'] as const) {
      const page = await getOk(api, `/api/problems?supervision=${level}`, problemPageSchema);
      const expected = await sqlNumber(
        api,
        sql`select count(*)::int from problems where withdrawn_at is null and ${levelSql(N)} = ${level}`,
      );
      expect(page.total, level).toBe(expected);
    }
    await expectInvalid(api, '/api/problems?supervision=purple', 'supervision');
  });

  test('the threshold is the configured number of days', async () => {
    await seed();
    const strict = createApp({
      db: api.db,
      now: () => new Date(`${SAMPLE_TODAY}T10:00:00+08:00`),
      problemRedAfterDays: 0,
    });
    const res = await strict.request('/api/problems?category=督办测试&supervision=red', {
      headers: { cookie: api.cookie },
    });
    const page = problemPageSchema.parse(await res.json());
    expect(page.items.map((item) => item.title).sort()).toEqual(
      ['督办测试·逾期N天', '督办测试·逾期N+1天'].sort(),
    );
    expect(readEnv({}).PROBLEM_RED_AFTER_DAYS).toBe(7);
    expect(readEnv({ PROBLEM_RED_AFTER_DAYS: '3' }).PROBLEM_RED_AFTER_DAYS).toBe(3);
    expect(() => readEnv({ PROBLEM_RED_AFTER_DAYS: 'soon' })).toThrow(/PROBLEM_RED_AFTER_DAYS/);
    expect(() => readEnv({ PROBLEM_RED_AFTER_DAYS: '-1' })).toThrow(/PROBLEM_RED_AFTER_DAYS/);
  });

  test('days are the city’s: just after midnight in the city, today’s deadline is amber', async () => {
    await seed();
    // 00:30 in the city is still the day before in UTC.
    const early = createApp({ db: api.db, now: () => new Date(`${SAMPLE_TODAY}T00:30:00+08:00`) });
    const res = await early.request('/api/problems?category=督办测试&supervision=amber', {
      headers: { cookie: api.cookie },
    });
    const page = problemPageSchema.parse(await res.json());
    expect(page.items.map((item) => item.title)).toContain('督办测试·今日到期');
  });

  test('GET /api/supervision counts each department’s and chain’s amber and red problems', async () => {
    await seed();
    const summary = await getOk(api, '/api/supervision', supervisionSummarySchema);
    expect(summary).toMatchObject({ asOf: SAMPLE_TODAY, redAfterDays: N });
    const mine = summary.departments.find((row) => row.department.id === departmentId);
    expect(mine).toMatchObject({ amber: 2, red: 1 });
    const expected = await sqlRows(
      api,
      sql`select owner_department_id as id,
            count(*) filter (where ${levelSql(N)} = 'amber')::int as amber,
            count(*) filter (where ${levelSql(N)} = 'red')::int as red
          from problems where withdrawn_at is null and owner_department_id is not null
          group by owner_department_id`,
    );
    for (const row of expected) {
      const shown = summary.departments.find((one) => one.department.id === Number(row.id));
      expect(shown, `department ${String(row.id)}`).toMatchObject({
        amber: row.amber,
        red: row.red,
      });
    }
    const total = await sqlNumber(
      api,
      sql`select count(*)::int from problems where withdrawn_at is null and ${levelSql(N)} = 'red'`,
    );
    expect(summary.total.red).toBe(total);
    const byChain = await sqlRows(
      api,
      // Inside the subquery, status and deadline are the problem's (the chain has a status too).
      sql`select c.id, (select count(*) from problems p where p.chain_id = c.id
            and p.withdrawn_at is null and ${levelSql(N)} = 'red')::int as red
          from chains c where c.retired_at is null order by c.sort_order, c.id`,
    );
    expect(summary.chains.map((row) => ({ id: row.chain.id, red: row.red }))).toEqual(
      byChain.map((row) => ({ id: Number(row.id), red: row.red })),
    );
    expect(total).toBeGreaterThan(1);
  });

  test('a department’s 督办单 lists its amber and red problems, oldest deadline first', async () => {
    await seed();
    const sheet = await getOk(
      api,
      `/api/supervision/departments/${departmentId}`,
      supervisionSheetSchema,
    );
    expect(sheet.department).toMatchObject({ id: departmentId, name: '督办测试局' });
    expect(
      sheet.problems.map(({ title, daysOverdue, level, deadline }) => ({
        title,
        daysOverdue,
        level,
        deadline,
      })),
    ).toEqual([
      { title: '督办测试·逾期N+1天', daysOverdue: N + 1, level: 'red', deadline: dayFrom(-N - 1) },
      { title: '督办测试·逾期N天', daysOverdue: N, level: 'amber', deadline: dayFrom(-N) },
      { title: '督办测试·今日到期', daysOverdue: 0, level: 'amber', deadline: dayFrom(0) },
    ]);
    expect(sheet.problems[0]?.chain).not.toBeNull();
    expect(sheet.problems[0]?.firm).not.toBeNull();
  });

  test('a resolved or withdrawn problem is never supervised', async () => {
    await seed();
    const id = ids.get('督办测试·逾期N天');
    await api.db.execute(sql`update problems set withdrawn_at = now() where id = ${id}`);
    try {
      const sheet = await getOk(
        api,
        `/api/supervision/departments/${departmentId}`,
        supervisionSheetSchema,
      );
      expect(sheet.problems.map((problem) => problem.title)).not.toContain('督办测试·逾期N天');
      expect(sheet.problems.map((problem) => problem.title)).not.toContain('督办测试·已解决');
      const resolved = await sqlNumber(
        api,
        sql`select count(*)::int from problems where status = 'resolved'`,
      );
      const page = await getOk(
        api,
        '/api/problems?status=resolved&supervision=none',
        problemPageSchema,
      );
      expect(page.total).toBe(resolved);
    } finally {
      await api.db.execute(sql`update problems set withdrawn_at = null where id = ${id}`);
    }
  });

  test('a department id that is not a number is 400, an unknown one 404', async () => {
    await expectInvalid(api, '/api/supervision/departments/abc', 'id');
    const { error } = await getError(api, '/api/supervision/departments/999999', 404);
    expect(error.message).toMatch(/Department/);
  });

  test('both routes are in the OpenAPI document', async () => {
    const document = (await (await api.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/supervision', '/api/supervision/departments/{id}']),
    );
  });
});
