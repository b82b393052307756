import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { nameSortKey } from '../../server/db/name-sort-key';
import { projectSorts } from '../../server/contract/list-params';
import { projectStageSchema } from '../../server/contract/common';
import {
  projectDetailSchema,
  projectPageSchema,
  type ProjectListItem,
} from '../../server/contract/projects';
import { SAMPLE_TODAY } from '../support/sample-clock';
import { engines } from '../support/test-database';
import { expectInvalid, getError, getOk, sqlNumber, sqlRows, useTestApi } from './support/api';
import { expectSorted, expectSortedBothWays } from './support/order';

const sortKeys: Record<
  (typeof projectSorts)[number],
  (project: ProjectListItem) => string | number | null
> = {
  signedOn: (project) => project.signedOn,
  investment: (project) => project.investmentYi,
  name: (project) => nameSortKey(project.name),
  progress: (project) => project.progress,
};

const stalledSql = sql`stage <> 'in_production'
  and progress_updated_on < ${SAMPLE_TODAY}::date - 90`;

describe.each(engines)('projects on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  const list = (query: string) => getOk(api, `/api/projects?${query}`, projectPageSchema);

  test('newest signed first by default; the total from SQL', async () => {
    const page = await list('');
    expect(page.total).toBe(await sqlNumber(api, sql`select count(*)::int from projects`));
    expect(page.items).toHaveLength(20);
    expectSorted(page.items, sortKeys.signedOn, 'desc');
  });

  test('the article’s 168 招商 projects worth 2,024.55 亿元', async () => {
    const page = await list('origin=investment_promotion&pageSize=100');
    expect(page.total).toBe(168);
    expect(page.items.every((project) => project.origin === 'investment_promotion')).toBe(true);
    const second = await list('origin=investment_promotion&pageSize=100&page=2');
    const all = [...page.items, ...second.items];
    expect(new Set(all.map((project) => project.id)).size).toBe(168);
    const sum = all.reduce((total, project) => total + Math.round(project.investmentYi * 100), 0);
    expect(sum / 100).toBe(2024.55);
  });

  test('stalled=true lists exactly the stalled projects, stalled=false the rest', async () => {
    const expected = await sqlRows(
      api,
      sql`select id from projects where ${stalledSql} order by id`,
    );
    expect(expected.length).toBeGreaterThan(0);
    const stalled = await list('stalled=true&pageSize=100');
    expect(stalled.items.map((project) => project.id).sort((a, b) => a - b)).toEqual(
      expected.map((row) => Number(row.id)),
    );
    expect(stalled.items.every((project) => project.stalled)).toBe(true);
    const moving = await list('stalled=false&pageSize=100');
    expect(moving.total).toBe((await list('')).total - expected.length);
    expect(moving.items.every((project) => !project.stalled)).toBe(true);
  });

  test.each(projectSorts)('sorts by %s both ways', async (sort) => {
    const page = async (order: 'asc' | 'desc') =>
      (await list(`sort=${sort}&order=${order}&pageSize=100`)).items;
    const pages = { asc: await page('asc'), desc: await page('desc') };
    expectSortedBothWays(pages, sortKeys[sort]);
  });

  test('filters by chain, park, stage and name; pages without overlap', async () => {
    const [row] = await sqlRows(
      api,
      sql`select chain_id, park_id, count(*)::int as n from projects where park_id is not null
          group by chain_id, park_id order by n desc limit 1`,
    );
    const [chain, park] = [Number(row?.chain_id), Number(row?.park_id)];
    const both = await list(`chain=${chain}&park=${park}&pageSize=100`);
    expect(both.total).toBe(Number(row?.n));
    expect(both.items.every((p) => p.chain.id === chain && p.park?.id === park)).toBe(true);

    for (const stage of projectStageSchema.options) {
      const page = await list(`stage=${stage}`);
      expect(page.total).toBe(
        await sqlNumber(
          api,
          sql`select count(*)::int from projects where stage = ${stage}::project_stage`,
        ),
      );
    }

    const byName = await list(`q=${encodeURIComponent('项目')}`);
    expect(byName.total).toBe(
      await sqlNumber(api, sql`select count(*)::int from projects where name like '%项目%'`),
    );
    expect(await list('park=999999')).toMatchObject({ items: [], total: 0 });

    const first = await list('sort=investment&pageSize=7');
    const second = await list('sort=investment&pageSize=7&page=2');
    const fourteen = await list('sort=investment&pageSize=14');
    expect([...first.items, ...second.items]).toEqual(fourteen.items);
  });

  test('refuses bad parameters, naming each', async () => {
    await expectInvalid(api, '/api/projects?sort=date', 'sort');
    await expectInvalid(api, '/api/projects?stage=done', 'stage');
    await expectInvalid(api, '/api/projects?origin=gift', 'origin');
    await expectInvalid(api, '/api/projects?stalled=yes', 'stalled');
    await expectInvalid(api, '/api/projects?page=-2', 'page');
  });

  test('GET /api/projects/:id', async () => {
    const [row] = await sqlRows(
      api,
      sql`select id, investment_yi::float as yi from projects where ${stalledSql} limit 1`,
    );
    const id = Number(row?.id);
    const project = await getOk(api, `/api/projects/${id}`, projectDetailSchema);
    expect(project).toMatchObject({ id, investmentYi: Number(row?.yi), stalled: true });
    expect(project.version).toBeGreaterThan(0);
    await getError(api, '/api/projects/999999', 404);
    await expectInvalid(api, '/api/projects/abc', 'id');
  });
});
