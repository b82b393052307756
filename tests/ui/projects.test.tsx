import { screen, waitFor, within } from '@testing-library/react';
import { and, asc, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { projects, chains, firms, parks } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { countRows, searchOf, visibleText } from '../support/screen-text';

const api = setupApiServer();

const PAGE_SIZE = 20;

/** Project names in the API's order for `where`, sorted by `order` then id. */
async function storedNames(
  order: SQL | ReturnType<typeof asc>,
  { where, offset = 0 }: { where?: SQL; offset?: number } = {},
) {
  const rows = await api.db
    .select({ name: projects.name })
    .from(projects)
    .where(where)
    .orderBy(order, asc(projects.id))
    .limit(PAGE_SIZE)
    .offset(offset);
  return rows.map((row) => row.name);
}

function storedCount(where?: SQL) {
  return countRows(api.db, projects, where);
}

function projectTable() {
  return screen.getByRole('table', { name: '项目列表' });
}

function shownNames(table = projectTable()) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
}

async function expectRows(names: string[]) {
  await waitFor(() => expect(shownNames()).toEqual(names));
}

const bySignedOnDesc = desc(projects.signedOn);

describe('project list', () => {
  it('opens on the newest signed projects, with the count of all', async () => {
    renderApp('/projects');

    expect(await screen.findByRole('heading', { level: 1, name: '重大项目' })).toBeVisible();
    await expectRows(await storedNames(bySignedOnDesc));
    expect(
      screen.getByText(`共 ${(await storedCount()).toLocaleString('en-US')} 条`),
    ).toBeVisible();
    expect(screen.getByRole('columnheader', { name: /签约日期/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('searches by name and keeps the search in the URL', async () => {
    const { user, history } = renderApp('/projects');
    await screen.findByRole('table', { name: '项目列表' });

    const text = '产业园';
    await user.type(screen.getByRole('searchbox', { name: '搜索项目名称' }), text);
    await user.click(screen.getByRole('button', { name: '搜索' }));

    const where = or(ilike(projects.name, `%${text}%`), ilike(projects.nameEn, `%${text}%`));
    await waitFor(() => expect(searchOf(history).get('q')).toBe(text));
    const expected = await storedCount(where);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(await storedCount());
    expect(await screen.findByText(`共 ${expected} 条`)).toBeVisible();
    await expectRows(await storedNames(bySignedOnDesc, { where }));
  });

  it('filters by stage, in the URL, back on the first page', async () => {
    const { user, history } = renderApp('/projects?page=2');
    await screen.findByRole('table', { name: '项目列表' });

    await user.selectOptions(screen.getByRole('combobox', { name: '阶段' }), '已投产');

    const where = eq(projects.stage, 'in_production');
    await waitFor(() => expect(searchOf(history).get('stage')).toBe('in_production'));
    expect(searchOf(history).has('page')).toBe(false);
    expect(await screen.findByText(`共 ${await storedCount(where)} 条`)).toBeVisible();
    await expectRows(await storedNames(bySignedOnDesc, { where }));
  });

  it('filters by park and by stalled', async () => {
    const [park] = await api.db
      .select({ id: parks.id, name: parks.name, n: count() })
      .from(projects)
      .innerJoin(parks, eq(projects.parkId, parks.id))
      .groupBy(parks.id, parks.name)
      .orderBy(desc(count()), asc(parks.id))
      .limit(1);
    if (!park) throw new Error('No project has a park');
    const { user, history } = renderApp('/projects');
    await screen.findByRole('table', { name: '项目列表' });

    const parkFilter = screen.getByRole('combobox', { name: '园区' });
    await waitFor(() => within(parkFilter).getByRole('option', { name: park.name }));
    await user.selectOptions(parkFilter, park.name);
    await waitFor(() => expect(searchOf(history).get('park')).toBe(String(park.id)));
    expect(await screen.findByText(`共 ${park.n} 条`)).toBeVisible();

    await user.selectOptions(screen.getByRole('combobox', { name: '是否停滞' }), '否');
    await waitFor(() => expect(searchOf(history).get('stalled')).toBe('false'));
    await waitFor(() => expect(within(projectTable()).queryByText('停滞')).not.toBeInTheDocument());
  });

  it('sorts by investment from a column header, both ways', async () => {
    const { user, history } = renderApp('/projects');
    await screen.findByRole('table', { name: '项目列表' });

    await user.click(screen.getByRole('button', { name: /投资额/ }));

    const header = () => screen.getByRole('columnheader', { name: /投资额/ });
    await waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'descending'));
    expect(searchOf(history).get('sort')).toBe('investment');
    await expectRows(await storedNames(desc(projects.investmentYi)));

    await user.click(screen.getByRole('button', { name: /投资额/ }));
    await waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'ascending'));
    await expectRows(await storedNames(asc(projects.investmentYi)));
    expect(screen.getByRole('columnheader', { name: /签约日期/ })).not.toHaveAttribute('aria-sort');
  });

  it('pages forward, and back restores the first page', async () => {
    const { user, history } = renderApp('/projects');
    await screen.findByRole('table', { name: '项目列表' });
    const firstPage = await storedNames(bySignedOnDesc);
    await expectRows(firstPage);

    await user.click(screen.getByRole('button', { name: '下一页' }));

    await waitFor(() => expect(searchOf(history).get('page')).toBe('2'));
    await expectRows(await storedNames(bySignedOnDesc, { offset: PAGE_SIZE }));
    const pages = Math.ceil((await storedCount()) / PAGE_SIZE);
    expect(screen.getByText(`第 2 页，共 ${pages} 页`)).toBeVisible();

    history.back();

    await expectRows(firstPage);
    expect(searchOf(history).has('page')).toBe(false);
  });

  it('opens a pasted address on exactly that view', async () => {
    renderApp('/projects?stage=started&sort=investment&order=asc&page=2');

    const where = eq(projects.stage, 'started');
    await screen.findByRole('table', { name: '项目列表' });
    await expectRows(await storedNames(asc(projects.investmentYi), { where, offset: PAGE_SIZE }));
    expect(screen.getByRole('combobox', { name: '阶段' })).toHaveDisplayValue('已开工');
    expect(screen.getByRole('columnheader', { name: /投资额/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(screen.getByText(/^第 2 页/)).toBeVisible();
  });

  it('says when nothing matches and clears the filters', async () => {
    const { user, history } = renderApp(`/projects?q=${encodeURIComponent('没有这个项目')}`);

    expect(await screen.findByText('没有符合条件的记录，可以放宽或清除筛选条件。')).toBeVisible();
    expect(screen.getByText('共 0 条')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '清除筛选' }));

    await waitFor(() => expect(searchOf(history).has('q')).toBe(false));
    await expectRows(await storedNames(bySignedOnDesc));
    expect(screen.getByRole('searchbox', { name: '搜索项目名称' })).toHaveValue('');
  });

  it('is in English on English pages', async () => {
    renderApp('/projects', { language: 'en-US' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Major projects' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Projects' });
    expect(within(table).getAllByRole('columnheader').map(visibleText)).toEqual([
      'Project',
      'Chain',
      'Park',
      'Link',
      'Campaign',
      'Stage',
      'Investment',
      'Signed',
      'Progress',
    ]);
    expect(screen.getByText(`${await storedCount()} results`)).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Stage' })).toBeVisible();
  });
});

describe('project detail', () => {
  it('shows every fact of the project with links to its chain, firm and park', async () => {
    const [project] = await api.db
      .select({
        id: projects.id,
        name: projects.name,
        investmentYi: projects.investmentYi,
        progress: projects.progress,
        chain: chains.name,
        chainId: chains.id,
        firm: firms.name,
        firmId: firms.id,
        park: parks.name,
        parkId: parks.id,
      })
      .from(projects)
      .innerJoin(chains, eq(projects.chainId, chains.id))
      .innerJoin(firms, eq(projects.firmId, firms.id))
      .innerJoin(parks, eq(projects.parkId, parks.id))
      .where(and(eq(projects.stage, 'started')))
      .orderBy(asc(projects.id))
      .limit(1);
    if (!project) throw new Error('No started project with a firm and a park');

    renderApp(`/projects/${project.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: project.name })).toBeVisible();
    const facts = screen.getByRole('region', { name: '基本信息' });
    const fact = (term: string) =>
      within(facts).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(within(facts).getByRole('link', { name: project.chain })).toHaveAttribute(
      'href',
      `/chains/${project.chainId}`,
    );
    expect(within(facts).getByRole('link', { name: project.firm })).toHaveAttribute(
      'href',
      `/firms/${project.firmId}`,
    );
    expect(within(facts).getByRole('link', { name: project.park })).toHaveAttribute(
      'href',
      `/parks/${project.parkId}`,
    );
    expect(fact('阶段')).toBe('已开工');
    expect(fact('总投资')).toBe(
      `${project.investmentYi.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 亿元`,
    );
    expect(fact('进度')).toBe(`${project.progress}%`);
    expect(fact('投产日期')).toBe('未填报');
  });

  it('says the record does not exist for an unknown id', async () => {
    renderApp('/projects/999999');
    expect(await screen.findByRole('heading', { level: 1, name: '记录不存在' })).toBeVisible();
  });
});
