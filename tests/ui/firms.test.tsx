import { screen, waitFor, within } from '@testing-library/react';
import {
  and,
  arrayContains,
  asc,
  count,
  desc,
  eq,
  ilike,
  isNotNull,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import {
  chainLeaderFirms,
  chainLinkFirms,
  chainLinks,
  chains,
  firms,
  parks,
  problems,
} from '@server/db/schema';
import { databaseUnavailable, hang, networkError, serverError } from '@mocks/faults';
import { apiClientSettings } from '@/lib/api-client';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { countRows, grouped, searchOf, visibleText } from '../support/screen-text';

const api = setupApiServer();

const PAGE_SIZE = 20;

// The API's orders: text by code point, blanks last either way, ties by id.
const byName = sql`${firms.nameSortKey} collate "C" asc`;
const byRevenue = (order: 'asc' | 'desc') =>
  order === 'asc'
    ? sql`${firms.revenueYi} asc nulls last`
    : sql`${firms.revenueYi} desc nulls last`;

/** Firm ids in the API's order for `where`: by `order`, then id. */
async function storedIds(order: SQL, { where, offset = 0 }: { where?: SQL; offset?: number } = {}) {
  const rows = await api.db
    .select({ id: firms.id })
    .from(firms)
    .where(where)
    .orderBy(order, asc(firms.id))
    .limit(PAGE_SIZE)
    .offset(offset);
  return rows.map((row) => row.id);
}

function storedCount(where?: SQL) {
  return countRows(api.db, firms, where);
}

function firmTable(name = '企业列表') {
  return screen.getByRole('table', { name });
}

/** The rows of the table, each as its first cell (the firm's name and link). */
function nameCells(table = firmTable()) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0] as HTMLElement);
}

/** The ids of the firms listed, read from their links. */
function shownIds(table = firmTable()) {
  return nameCells(table).map((cell) =>
    Number(within(cell).getByRole('link').getAttribute('href')?.split('/').pop()),
  );
}

async function expectRows(ids: number[]) {
  expect(ids.length).toBeGreaterThan(0);
  await waitFor(() => expect(shownIds()).toEqual(ids));
}

// 营收 and not 营收规模, the revenue band's column.
const revenueHeader = () => screen.getByRole('columnheader', { name: /^营收(?!规模)/ });
const searchBox = () => screen.getByRole('searchbox', { name: '搜索企业名称、英文名或信用代码' });
const tagFilter = () => screen.getByRole('combobox', { name: '企业标签' });

const searchText = '电子';
const bySearch = or(
  ilike(firms.name, `%${searchText}%`),
  ilike(firms.nameEn, `%${searchText}%`),
  ilike(firms.creditCode, `%${searchText}%`),
);

describe('firm list', () => {
  it('opens on the first page by name, with the count of all', async () => {
    renderApp('/firms');

    expect(await screen.findByRole('heading', { level: 1, name: '企业' })).toBeVisible();
    await screen.findByRole('table', { name: '企业列表' });
    await expectRows(await storedIds(byName));
    const total = await storedCount();
    expect(total).toBeGreaterThan(PAGE_SIZE);
    expect(screen.getByText(`共 ${grouped(total)} 条`)).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('columnheader', { name: /企业名称/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(revenueHeader()).not.toHaveAttribute('aria-sort');
    expect(screen.queryByRole('button', { name: '清除筛选' })).not.toBeInTheDocument();
  });

  it('searches by name and keeps the search in the URL', async () => {
    const { user, history } = renderApp('/firms');
    await screen.findByRole('table', { name: '企业列表' });

    await user.type(searchBox(), searchText);
    await user.click(screen.getByRole('button', { name: '搜索' }));

    await waitFor(() => expect(searchOf(history).get('q')).toBe(searchText));
    const expected = await storedCount(bySearch);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(await storedCount());
    expect(await screen.findByText(`共 ${grouped(expected)} 条`)).toBeVisible();
    await expectRows(await storedIds(byName, { where: bySearch }));
    for (const cell of nameCells()) expect(cell.textContent).toContain(searchText);
  });

  it('filters by tag, in the URL, back on the first page', async () => {
    const { user, history } = renderApp('/firms?page=2');
    await screen.findByRole('table', { name: '企业列表' });
    await waitFor(() => expect(screen.getByText(/^第 2 页/)).toBeVisible());

    await user.selectOptions(tagFilter(), '专精特新"小巨人"');

    const where = arrayContains(firms.tags, ['little_giant']);
    await waitFor(() => expect(searchOf(history).get('tag')).toBe('little_giant'));
    expect(searchOf(history).has('page')).toBe(false);
    expect(await screen.findByText(`共 ${grouped(await storedCount(where))} 条`)).toBeVisible();
    await expectRows(await storedIds(byName, { where }));
    for (const row of within(firmTable()).getAllByRole('row').slice(1)) {
      expect(within(row).getByText('专精特新"小巨人"', { selector: 'li' })).toBeVisible();
    }
    expect(screen.getByRole('button', { name: '清除筛选' })).toBeVisible();
  });

  it('sorts by revenue from its column header, both ways', async () => {
    const { user, history } = renderApp('/firms');
    await screen.findByRole('table', { name: '企业列表' });

    await user.click(within(revenueHeader()).getByRole('button'));

    await waitFor(() => expect(revenueHeader()).toHaveAttribute('aria-sort', 'descending'));
    expect(searchOf(history).get('sort')).toBe('revenue');
    expect(searchOf(history).get('order')).toBe('desc');
    await expectRows(await storedIds(byRevenue('desc')));
    expect(screen.getByRole('columnheader', { name: /企业名称/ })).not.toHaveAttribute('aria-sort');

    await user.click(within(revenueHeader()).getByRole('button'));

    await waitFor(() => expect(revenueHeader()).toHaveAttribute('aria-sort', 'ascending'));
    expect(searchOf(history).get('order')).toBe('asc');
    await expectRows(await storedIds(byRevenue('asc')));
  });

  it('pages forward, and back restores the first page', async () => {
    const { user, history } = renderApp('/firms');
    await screen.findByRole('table', { name: '企业列表' });
    const firstPage = await storedIds(byName);
    await expectRows(firstPage);

    await user.click(screen.getByRole('button', { name: '下一页' }));

    await waitFor(() => expect(searchOf(history).get('page')).toBe('2'));
    const secondPage = await storedIds(byName, { offset: PAGE_SIZE });
    expect(secondPage).not.toEqual(firstPage);
    await expectRows(secondPage);
    const pages = Math.ceil((await storedCount()) / PAGE_SIZE);
    expect(screen.getByText(`第 2 页，共 ${grouped(pages)} 页`)).toBeVisible();

    history.back();

    await expectRows(firstPage);
    expect(searchOf(history).has('page')).toBe(false);
  });

  it('goes back from a tag filter to the search before it, rows and controls alike', async () => {
    const { user, history } = renderApp('/firms');
    await screen.findByRole('table', { name: '企业列表' });
    await user.type(searchBox(), searchText);
    await user.click(screen.getByRole('button', { name: '搜索' }));
    await waitFor(() => expect(searchOf(history).get('q')).toBe(searchText));
    const searched = await storedIds(byName, { where: bySearch });
    await expectRows(searched);

    await user.selectOptions(tagFilter(), '高新技术企业');
    const tagged = and(bySearch, arrayContains(firms.tags, ['high_tech']));
    await expectRows(await storedIds(byName, { where: tagged }));

    history.back();

    await expectRows(searched);
    expect(tagFilter()).toHaveDisplayValue('全部');
    expect(searchBox()).toHaveValue(searchText);
    expect(searchOf(history).has('tag')).toBe(false);
    expect(screen.getByText(`共 ${grouped(await storedCount(bySearch))} 条`)).toBeVisible();
  });

  it('opens a pasted address on exactly that view', async () => {
    const text = '科技';
    renderApp(`/firms?q=${encodeURIComponent(text)}&tag=high_tech&sort=revenue&order=desc&page=2`);

    const where = and(
      or(
        ilike(firms.name, `%${text}%`),
        ilike(firms.nameEn, `%${text}%`),
        ilike(firms.creditCode, `%${text}%`),
      ),
      arrayContains(firms.tags, ['high_tech']),
    );
    expect(await storedCount(where)).toBeGreaterThan(PAGE_SIZE);
    await screen.findByRole('table', { name: '企业列表' });
    await expectRows(await storedIds(byRevenue('desc'), { where, offset: PAGE_SIZE }));
    expect(searchBox()).toHaveValue(text);
    expect(tagFilter()).toHaveDisplayValue('高新技术企业');
    expect(revenueHeader()).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByText(/^第 2 页/)).toBeVisible();
    expect(screen.getByText(`共 ${grouped(await storedCount(where))} 条`)).toBeVisible();
  });

  it('reads what it cannot use in a hand-edited address as not set, not as an error', async () => {
    renderApp('/firms?page=abc&sort=nonsense&order=sideways&tag=unknown&park=-1');

    await screen.findByRole('table', { name: '企业列表' });
    await expectRows(await storedIds(byName));
    expect(screen.getByText(`共 ${grouped(await storedCount())} 条`)).toBeVisible();
    expect(tagFilter()).toHaveValue('');
  });

  it('filters by park from the park choices', async () => {
    const [park] = await api.db
      .select({ id: parks.id, name: parks.name })
      .from(parks)
      .orderBy(asc(parks.id))
      .limit(1);
    if (!park) throw new Error('No park');
    const { user, history } = renderApp('/firms');
    await screen.findByRole('table', { name: '企业列表' });

    const parkFilter = screen.getByRole('combobox', { name: '园区' });
    await waitFor(() => within(parkFilter).getByRole('option', { name: park.name }));
    await user.selectOptions(parkFilter, park.name);

    const where = eq(firms.parkId, park.id);
    await waitFor(() => expect(searchOf(history).get('park')).toBe(String(park.id)));
    expect(await screen.findByText(`共 ${grouped(await storedCount(where))} 条`)).toBeVisible();
    await expectRows(await storedIds(byName, { where }));
  });

  it('says when nothing matches and clears the filters', async () => {
    const { user, history } = renderApp(
      `/firms?q=${encodeURIComponent('没有这个企业')}&band=over_100b`,
    );

    expect(await screen.findByText('没有符合条件的记录，可以放宽或清除筛选条件。')).toBeVisible();
    expect(screen.getByText('共 0 条')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '清除筛选' }));

    await waitFor(() => expect(searchOf(history).has('q')).toBe(false));
    expect(searchOf(history).has('band')).toBe(false);
    await expectRows(await storedIds(byName));
    expect(searchBox()).toHaveValue('');
  });

  it('is in English on English pages', async () => {
    const [firm] = await api.db
      .select({ id: firms.id, nameEn: firms.nameEn })
      .from(firms)
      .where(isNotNull(firms.nameEn))
      .orderBy(byName, asc(firms.id))
      .limit(1);
    renderApp('/firms', { language: 'en-US' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Firms' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Firms' });
    expect(within(table).getAllByRole('columnheader').map(visibleText)).toEqual([
      'Firm',
      'Credit code',
      'Park',
      'Chains',
      'Tags',
      'Revenue band',
      'Revenue',
      'Founded',
      'Employees',
    ]);
    expect(screen.getByText(`${grouped(await storedCount())} results`)).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Tag' })).toBeVisible();
    if (firm?.nameEn) {
      expect(within(table).getByRole('link', { name: firm.nameEn })).toHaveAttribute(
        'href',
        `/firms/${firm.id}`,
      );
    }
  });
});

describe('firm list errors', () => {
  const timeoutMs = apiClientSettings.timeoutMs;
  afterEach(() => {
    apiClientSettings.timeoutMs = timeoutMs;
  });

  it('shows a server error and loads the list when 重试 is pressed', async () => {
    api.server.use(serverError({ path: '*/api/firms', once: true }));
    const { user } = renderApp('/firms');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('服务器出错（500）');

    await user.click(within(alert).getByRole('button', { name: '重试' }));

    expect(await screen.findByRole('table', { name: '企业列表' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the database is away, not that the server failed, and loads the list once it is back', async () => {
    api.server.use(databaseUnavailable({ path: '*/api/firms' }));
    const { user } = renderApp('/firms');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('数据库暂时无法访问');
    expect(alert).not.toHaveTextContent('服务器出错');
    api.server.resetHandlers();

    await user.click(within(alert).getByRole('button', { name: '重试' }));

    expect(await screen.findByRole('table', { name: '企业列表' })).toBeInTheDocument();
  });

  it('shows that the server cannot be reached, then retries', async () => {
    api.server.use(networkError({ path: '*/api/firms' }));
    const { user } = renderApp('/firms');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法连接到服务器');
    api.server.resetHandlers();

    await user.click(within(alert).getByRole('button', { name: '重试' }));

    expect(await screen.findByRole('table', { name: '企业列表' })).toBeInTheDocument();
  });

  it('gives up on a server that does not answer', async () => {
    apiClientSettings.timeoutMs = 200;
    api.server.use(hang({ path: '*/api/firms' }));
    renderApp('/firms');

    expect(await screen.findByRole('alert')).toHaveTextContent('服务器长时间没有响应');
  });
});

describe('firm detail', () => {
  it('shows the firm, its chain links, the chains it leads and its problems', async () => {
    // A chain-leader firm: it also works in chain links and has problems.
    const [leader] = await api.db
      .select({ firmId: chainLeaderFirms.firmId, reason: chainLeaderFirms.reason })
      .from(chainLeaderFirms)
      .innerJoin(chainLinkFirms, eq(chainLinkFirms.firmId, chainLeaderFirms.firmId))
      .innerJoin(problems, eq(problems.firmId, chainLeaderFirms.firmId))
      .orderBy(asc(chainLeaderFirms.firmId))
      .limit(1);
    if (!leader) throw new Error('No chain-leader firm with chain links and problems');
    const [firm] = await api.db
      .select({
        id: firms.id,
        name: firms.name,
        nameEn: firms.nameEn,
        creditCode: firms.creditCode,
        park: parks.name,
        parkId: parks.id,
        revenueYi: firms.revenueYi,
        foundedYear: firms.foundedYear,
      })
      .from(firms)
      .leftJoin(parks, eq(firms.parkId, parks.id))
      .where(eq(firms.id, leader.firmId));
    if (!firm) throw new Error('The leader firm is missing');
    const links = await api.db
      .select({ name: chainLinks.name, chain: chains.name, chainId: chains.id })
      .from(chainLinkFirms)
      .innerJoin(chainLinks, eq(chainLinkFirms.linkId, chainLinks.id))
      .innerJoin(chains, eq(chainLinks.chainId, chains.id))
      .where(eq(chainLinkFirms.firmId, firm.id));
    const [latestProblem] = await api.db
      .select({ id: problems.id, title: problems.title })
      .from(problems)
      .where(eq(problems.firmId, firm.id))
      .orderBy(desc(problems.raisedOn), desc(problems.id))
      .limit(1);
    const [problemCount] = await api.db
      .select({ n: count() })
      .from(problems)
      .where(eq(problems.firmId, firm.id));

    renderApp(`/firms/${firm.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: firm.name })).toBeVisible();
    if (firm.nameEn) expect(screen.getByText(firm.nameEn)).toBeVisible();
    const facts = screen.getByRole('region', { name: '基本信息' });
    const fact = (term: string) =>
      within(facts).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
    expect(fact('统一社会信用代码')).toHaveTextContent(firm.creditCode ?? '未填报');
    if (firm.park) {
      expect(within(fact('所在园区')).getByRole('link', { name: firm.park })).toHaveAttribute(
        'href',
        `/parks/${firm.parkId}`,
      );
    }
    expect(within(fact('企业标签')).getByText('链主企业')).toBeVisible();
    if (firm.revenueYi !== null) {
      expect(fact('营业收入')).toHaveTextContent(
        `${firm.revenueYi.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 亿元`,
      );
    }
    if (firm.foundedYear !== null)
      expect(fact('成立年份')).toHaveTextContent(String(firm.foundedYear));

    const linkTable = screen.getByRole('table', { name: '所在环节' });
    expect(within(linkTable).getAllByRole('row')).toHaveLength(links.length + 1);
    for (const link of links) {
      expect(within(linkTable).getAllByText(link.name).length).toBeGreaterThan(0);
      expect(within(linkTable).getAllByRole('link', { name: link.chain })[0]).toHaveAttribute(
        'href',
        `/chains/${link.chainId}`,
      );
    }

    const leading = screen.getByRole('region', { name: '链主企业' });
    expect(within(leading).getByText(leader.reason)).toBeVisible();

    const problemsRegion = screen.getByRole('region', { name: '企业问题' });
    const total = within(problemsRegion).getByText('问题总数', { selector: 'dt' });
    expect(total.nextElementSibling).toHaveTextContent(String(problemCount?.n));
    if (!latestProblem) throw new Error('No problem');
    expect(within(problemsRegion).getAllByRole('link')[0]).toHaveAttribute(
      'href',
      `/problems/${latestProblem.id}`,
    );
    expect(within(problemsRegion).getAllByRole('link')[0]).toHaveTextContent(latestProblem.title);
  });

  it('says the record does not exist for an unknown id', async () => {
    renderApp('/firms/999999');
    expect(await screen.findByRole('heading', { level: 1, name: '记录不存在' })).toBeVisible();
  });
});
