import { screen, waitFor, within } from '@testing-library/react';
import { and, asc, count, desc, eq, isNull, lt, lte, ne } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROBLEM_RED_AFTER_DAYS } from '@server/contract/alerts';
import { chains, departments, problems } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { countRows, grouped, searchOf } from '../support/screen-text';
import { SAMPLE_TODAY } from '../support/sample-clock';

const api = setupApiServer({ signIn: 'viewer' });

/** The last deadline that is red today: more than N days before the sample's today. */
function lastAmberDeadline() {
  const day = new Date(`${SAMPLE_TODAY}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - DEFAULT_PROBLEM_RED_AFTER_DAYS);
  return day.toISOString().slice(0, 10);
}

const shown = isNull(problems.withdrawnAt);
const unresolved = ne(problems.status, 'resolved');
const red = and(shown, unresolved, lt(problems.deadline, lastAmberDeadline()));
const supervised = and(shown, unresolved, lte(problems.deadline, SAMPLE_TODAY));

/** The department with the most red problems, and its red and supervised counts. */
async function busiestDepartment() {
  const [department] = await api.db
    .select({ id: departments.id, name: departments.name })
    .from(problems)
    .innerJoin(departments, eq(problems.ownerDepartmentId, departments.id))
    .where(red)
    .groupBy(departments.id, departments.name)
    .orderBy(desc(count()), asc(departments.id))
    .limit(1);
  if (!department) throw new Error('The sample has no red problem with a department');
  const mine = eq(problems.ownerDepartmentId, department.id);
  return {
    ...department,
    red: await countRows(api.db, problems, and(red, mine)),
    supervised: await countRows(api.db, problems, and(supervised, mine)),
  };
}

describe('督办', () => {
  it('lists each department’s amber and red counts and opens its 督办单', async () => {
    const department = await busiestDepartment();
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: '督办' }));

    expect(await screen.findByRole('heading', { level: 1, name: '督办' })).toBeVisible();
    const table = await screen.findByRole('table', { name: '各责任部门的督办问题' });
    const row = within(table).getByRole('row', { name: new RegExp(department.name) });
    const cells = within(row).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent(grouped(department.supervised - department.red));
    expect(cells[2]).toHaveTextContent(grouped(department.red));

    await user.click(within(row).getByRole('link', { name: `打开督办单: ${department.name}` }));

    expect(await screen.findByRole('heading', { level: 1, name: '督办单' })).toBeVisible();
    expect(screen.getByText(`责任部门：${department.name}`)).toBeVisible();
    const sheet = screen.getByRole('table', {
      name: `${department.name}的督办问题（最早到期在前）`,
    });
    expect(within(sheet).getAllByRole('row')).toHaveLength(department.supervised + 1);
    expect(within(sheet).getAllByText('红牌督办')).toHaveLength(department.red);
    expect(screen.getByText('责任人签字：')).toBeVisible();
  });

  it('says so for a department id that does not exist', async () => {
    renderApp('/supervision/departments/999999');
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('督办单');
  });

  it('filters the problem list by level, in the URL, each row with its badge in words', async () => {
    const { user, history } = renderApp('/problems');
    await screen.findByRole('table', { name: '企业问题列表' });

    await user.selectOptions(screen.getByRole('combobox', { name: '督办' }), '红牌督办');

    await waitFor(() => expect(searchOf(history).get('supervision')).toBe('red'));
    const total = await countRows(api.db, problems, red);
    expect(await screen.findByText(`共 ${grouped(total)} 条`)).toBeVisible();
    const rows = within(screen.getByRole('table', { name: '企业问题列表' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.length).toBe(Math.min(total, 20));
    for (const row of rows) expect(row).toHaveTextContent('红牌督办');
  });

  it('escalates a chain’s red problems to its leader on the chain page', async () => {
    const [chain] = await api.db
      .select({ id: chains.id })
      .from(problems)
      .innerJoin(chains, eq(problems.chainId, chains.id))
      .where(red)
      .groupBy(chains.id)
      .orderBy(desc(count()), asc(chains.id))
      .limit(1);
    if (!chain) throw new Error('The sample has no red problem on a chain');
    const expected = await countRows(api.db, problems, and(red, eq(problems.chainId, chain.id)));
    renderApp(`/chains/${chain.id}`);

    expect(await screen.findByRole('heading', { name: '链长督办' })).toBeVisible();
    const table = await screen.findByRole('table', { name: '上报链长的红牌问题' });
    expect(within(table).getAllByRole('row')).toHaveLength(Math.min(expected, 20) + 1);
    expect(within(table).getAllByText('红牌督办')).toHaveLength(Math.min(expected, 20));
  });

  it('counts the chain leaders’ red problems on the overview', async () => {
    const total = await countRows(api.db, problems, red);
    renderApp('/');
    const panel = await screen.findByRole('region', { name: '链长督办' });
    expect(
      within(panel).getByRole('link', { name: `全市上报链长的红牌问题 ${grouped(total)} 件` }),
    ).toHaveAttribute('href', '/problems?supervision=red');
  });
});
