import { screen, waitFor, within } from '@testing-library/react';
import {
  and,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  isNotNull,
  lt,
  ne,
  or,
  type SQL,
} from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { chains, departments, firms, problems } from '@server/db/schema';
import { hang, networkError, serverError } from '@mocks/faults';
import { apiClientSettings } from '@/lib/api-client';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { countRows, grouped, searchOf } from '../support/screen-text';
import { SAMPLE_TODAY } from '../support/sample-clock';

const api = setupApiServer();

const PAGE_SIZE = 20;
const byRaisedOnDesc = desc(problems.raisedOn);
const overdue = and(ne(problems.status, 'resolved'), lt(problems.deadline, SAMPLE_TODAY));

/** Problem ids in the API's order for `where`: by `order`, then id. */
async function storedIds(
  order: SQL | ReturnType<typeof asc>,
  { where, offset = 0 }: { where?: SQL | undefined; offset?: number } = {},
) {
  const rows = await api.db
    .select({ id: problems.id })
    .from(problems)
    .where(where)
    .orderBy(order, asc(problems.id))
    .limit(PAGE_SIZE)
    .offset(offset);
  return rows.map((row) => row.id);
}

function storedCount(where?: SQL) {
  return countRows(api.db, problems, where);
}

function problemTable(name = '企业问题列表') {
  return screen.getByRole('table', { name });
}

/** The ids of the problems listed, read from their links. */
function shownIds(table = problemTable()) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      Number(within(row).getAllByRole('link')[0]?.getAttribute('href')?.split('/').pop()),
    );
}

async function expectRows(ids: number[]) {
  await waitFor(() => expect(shownIds()).toEqual(ids));
}

describe('problem list', () => {
  it('opens on the latest problems, with the count of all', async () => {
    renderApp('/problems');

    expect(await screen.findByRole('heading', { level: 1, name: '企业问题' })).toBeVisible();
    await screen.findByRole('table', { name: '企业问题列表' });
    await expectRows(await storedIds(byRaisedOnDesc));
    expect(screen.getByText(`共 ${grouped(await storedCount())} 条`)).toBeVisible();
    expect(screen.getByRole('columnheader', { name: /提出日期/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('searches titles and firm names, and keeps the search in the URL', async () => {
    const [firm] = await api.db
      .select({ name: firms.name, n: count() })
      .from(problems)
      .innerJoin(firms, eq(problems.firmId, firms.id))
      .groupBy(firms.id, firms.name)
      .orderBy(desc(count()), asc(firms.id))
      .limit(1);
    if (!firm) throw new Error('No problem names a firm');
    const { user, history } = renderApp('/problems');
    await screen.findByRole('table', { name: '企业问题列表' });

    await user.type(screen.getByRole('searchbox', { name: '搜索问题标题或企业名称' }), firm.name);
    await user.click(screen.getByRole('button', { name: '搜索' }));

    await waitFor(() => expect(searchOf(history).get('q')).toBe(firm.name));
    const pattern = `%${firm.name}%`;
    const where = or(
      ilike(problems.title, pattern),
      inArray(
        problems.firmId,
        api.db
          .select({ id: firms.id })
          .from(firms)
          .where(or(ilike(firms.name, pattern), ilike(firms.nameEn, pattern))),
      ),
    );
    const expected = await storedCount(where);
    expect(expected).toBeGreaterThanOrEqual(firm.n);
    expect(await screen.findByText(`共 ${grouped(expected)} 条`)).toBeVisible();
    await expectRows(await storedIds(byRaisedOnDesc, { where }));
  });

  it('filters by status, in the URL, back on the first page', async () => {
    const { user, history } = renderApp('/problems?page=3');
    await screen.findByRole('table', { name: '企业问题列表' });

    await user.selectOptions(screen.getByRole('combobox', { name: '办理状态' }), '已交办');

    const where = eq(problems.status, 'assigned');
    await waitFor(() => expect(searchOf(history).get('status')).toBe('assigned'));
    expect(searchOf(history).has('page')).toBe(false);
    expect(await screen.findByText(`共 ${grouped(await storedCount(where))} 条`)).toBeVisible();
    await expectRows(await storedIds(byRaisedOnDesc, { where }));
  });

  it('filters by owner department and by category', async () => {
    const [department] = await api.db
      .select({ id: departments.id, name: departments.name })
      .from(problems)
      .innerJoin(departments, eq(problems.ownerDepartmentId, departments.id))
      .groupBy(departments.id, departments.name)
      .orderBy(desc(count()), asc(departments.id))
      .limit(1);
    if (!department) throw new Error('No problem has an owner department');
    const [category] = await api.db
      .select({ name: problems.category })
      .from(problems)
      .where(eq(problems.ownerDepartmentId, department.id))
      .groupBy(problems.category)
      .orderBy(desc(count()), asc(problems.category))
      .limit(1);
    if (!category) throw new Error('No category');
    const { user, history } = renderApp('/problems');
    await screen.findByRole('table', { name: '企业问题列表' });

    const departmentFilter = screen.getByRole('combobox', { name: '责任部门' });
    await waitFor(() => within(departmentFilter).getByRole('option', { name: department.name }));
    await user.selectOptions(departmentFilter, department.name);
    await waitFor(() => expect(searchOf(history).get('department')).toBe(String(department.id)));
    const byDepartment = eq(problems.ownerDepartmentId, department.id);
    expect(
      await screen.findByText(`共 ${grouped(await storedCount(byDepartment))} 条`),
    ).toBeVisible();

    await user.type(screen.getByRole('textbox', { name: '问题类别' }), category.name);
    await user.click(screen.getByRole('button', { name: '按类别筛选' }));

    await waitFor(() => expect(searchOf(history).get('category')).toBe(category.name));
    const where = and(byDepartment, eq(problems.category, category.name));
    expect(await screen.findByText(`共 ${grouped(await storedCount(where))} 条`)).toBeVisible();
    await expectRows(await storedIds(byRaisedOnDesc, { where }));
  });

  it('marks overdue problems in words, with the days past the deadline', async () => {
    renderApp('/problems?overdue=true&sort=deadline&order=asc');

    const table = await screen.findByRole('table', { name: '企业问题列表' });
    expect(await screen.findByText(`共 ${grouped(await storedCount(overdue))} 条`)).toBeVisible();
    const [oldest] = await api.db
      .select({ id: problems.id, deadline: problems.deadline })
      .from(problems)
      .where(overdue)
      .orderBy(asc(problems.deadline), asc(problems.id))
      .limit(1);
    if (!oldest?.deadline) throw new Error('The sample city has no overdue problem');
    const days = (Date.parse(SAMPLE_TODAY) - Date.parse(oldest.deadline)) / 86_400_000;
    const [firstRow] = within(table).getAllByRole('row').slice(1);
    if (!firstRow) throw new Error('No rows');
    expect(within(firstRow).getByText(`逾期 ${days} 天`)).toBeVisible();
    expect(within(table).getAllByText(/^逾期 \d+ 天$/)).toHaveLength(
      within(table).getAllByRole('row').length - 1,
    );
  });

  it('does not mark problems that are not overdue', async () => {
    renderApp('/problems?overdue=false&status=resolved');

    const table = await screen.findByRole('table', { name: '企业问题列表' });
    expect(within(table).queryByText(/逾期/)).not.toBeInTheDocument();
  });

  it('says the department’s handling in words before a problem is assigned and once it is closed', async () => {
    for (const [status, words] of [
      ['open', '未交办'],
      ['resolved', '企业已反馈，办结'],
    ] as const) {
      const { unmount } = renderApp(`/problems?status=${status}`);
      const table = await screen.findByRole('table', { name: '企业问题列表' });
      await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(1));
      expect(within(table).getAllByText(words)).toHaveLength(
        within(table).getAllByRole('row').length - 1,
      );
      unmount();
    }
  });

  it('sorts by deadline from a column header, both ways', async () => {
    const { user, history } = renderApp('/problems');
    await screen.findByRole('table', { name: '企业问题列表' });
    const header = () => screen.getByRole('columnheader', { name: /办理时限/ });
    expect(header()).not.toHaveAttribute('aria-sort');

    await user.click(screen.getByRole('button', { name: /办理时限/ }));

    await waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'ascending'));
    expect(searchOf(history).get('sort')).toBe('deadline');
    await expectRows(await storedIds(asc(problems.deadline)));

    await user.click(screen.getByRole('button', { name: /办理时限/ }));

    await waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'descending'));
    // Blanks go last either way: the first page holds the latest deadlines.
    await expectRows(
      await storedIds(desc(problems.deadline), { where: isNotNull(problems.deadline) }),
    );
  });

  it('pages forward, and back restores the first page', async () => {
    const { user, history } = renderApp('/problems');
    await screen.findByRole('table', { name: '企业问题列表' });
    const firstPage = await storedIds(byRaisedOnDesc);
    await expectRows(firstPage);

    await user.click(screen.getByRole('button', { name: '下一页' }));

    await waitFor(() => expect(searchOf(history).get('page')).toBe('2'));
    await expectRows(await storedIds(byRaisedOnDesc, { offset: PAGE_SIZE }));

    history.back();

    await expectRows(firstPage);
  });

  it('opens a pasted address on exactly that view', async () => {
    renderApp('/problems?status=assigned&sort=deadline&order=desc&page=2');

    await screen.findByRole('table', { name: '企业问题列表' });
    await expectRows(
      await storedIds(desc(problems.deadline), {
        where: and(eq(problems.status, 'assigned'), isNotNull(problems.deadline)),
        offset: PAGE_SIZE,
      }),
    );
    expect(screen.getByRole('combobox', { name: '办理状态' })).toHaveDisplayValue('已交办');
    expect(screen.getByRole('columnheader', { name: /办理时限/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByText(/^第 2 页/)).toBeVisible();
  });

  it('says when nothing matches', async () => {
    const { user } = renderApp(`/problems?q=${encodeURIComponent('没有这个问题')}`);

    expect(await screen.findByText('没有符合条件的记录，可以放宽或清除筛选条件。')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '清除筛选' }));

    expect(await screen.findByText(`共 ${grouped(await storedCount())} 条`)).toBeVisible();
  });

  it('is in English on English pages', async () => {
    renderApp('/problems?overdue=true', { language: 'en-US' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Firm problems' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Firm problems' });
    expect(within(table).getAllByText(/^\d+ days? overdue$/).length).toBeGreaterThan(0);
    expect(screen.getByText(`${grouped(await storedCount(overdue))} results`)).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Owner department' })).toBeVisible();
  });

  it('shows a server error and loads the list when 重试 is pressed', async () => {
    api.server.use(serverError());
    const { user } = renderApp('/problems');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('服务器出错（500）');
    api.server.resetHandlers();

    await user.click(within(alert).getByRole('button', { name: '重试' }));

    expect(await screen.findByRole('table', { name: '企业问题列表' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows that the server cannot be reached, then retries', async () => {
    api.server.use(networkError({ path: '/api/problems' }));
    const { user } = renderApp('/problems');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法连接到服务器');
    api.server.resetHandlers();

    await user.click(within(alert).getByRole('button', { name: '重试' }));

    expect(await screen.findByRole('table', { name: '企业问题列表' })).toBeInTheDocument();
  });

  it('gives up on a server that does not answer', async () => {
    const timeoutMs = apiClientSettings.timeoutMs;
    apiClientSettings.timeoutMs = 200;
    try {
      api.server.use(hang({ path: '/api/problems' }));
      renderApp('/problems');

      expect(await screen.findByRole('alert')).toHaveTextContent('服务器长时间没有响应');
    } finally {
      apiClientSettings.timeoutMs = timeoutMs;
    }
  });
});

describe('problem detail', () => {
  it('shows the problem, its flow, description and feedback', async () => {
    const [problem] = await api.db
      .select({
        id: problems.id,
        title: problems.title,
        category: problems.category,
        detail: problems.detail,
        feedback: problems.feedback,
        firm: firms.name,
        firmId: firms.id,
        chain: chains.name,
        chainId: chains.id,
        department: departments.name,
      })
      .from(problems)
      .innerJoin(firms, eq(problems.firmId, firms.id))
      .innerJoin(chains, eq(problems.chainId, chains.id))
      .innerJoin(departments, eq(problems.ownerDepartmentId, departments.id))
      .where(and(eq(problems.status, 'resolved'), isNotNull(problems.feedback)))
      .orderBy(asc(problems.id))
      .limit(1);
    if (!problem?.feedback) throw new Error('No resolved problem with feedback');

    renderApp(`/problems/${problem.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: problem.title })).toBeVisible();
    const facts = screen.getByRole('region', { name: '基本信息' });
    const fact = (term: string) =>
      within(facts).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(within(facts).getByRole('link', { name: problem.firm })).toHaveAttribute(
      'href',
      `/firms/${problem.firmId}`,
    );
    expect(within(facts).getByRole('link', { name: problem.chain })).toHaveAttribute(
      'href',
      `/chains/${problem.chainId}`,
    );
    expect(fact('问题类别')).toBe(problem.category);
    expect(fact('责任部门')).toBe(problem.department);
    expect(fact('办理状态')).toBe('已办结');

    const flow = screen.getByRole('region', { name: '办理进度' });
    const steps = within(flow).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent)).toEqual([
      expect.stringMatching(/^收集 · 已完成 · .+ 收集$/),
      `交办 · 已完成 · 交办至${problem.department}`,
      expect.stringMatching(/^办结反馈 · 已完成 · .+ 办结$/),
    ]);
    expect(screen.getByRole('region', { name: '办理反馈' })).toHaveTextContent(problem.feedback);
    if (problem.detail) {
      expect(screen.getByRole('region', { name: '问题描述' })).toHaveTextContent(problem.detail);
    }
  });

  it('shows an open problem at its first step', async () => {
    const [problem] = await api.db
      .select({ id: problems.id })
      .from(problems)
      .where(eq(problems.status, 'open'))
      .orderBy(asc(problems.id))
      .limit(1);
    if (!problem) throw new Error('No open problem');

    renderApp(`/problems/${problem.id}`);

    const flow = await screen.findByRole('region', { name: '办理进度' });
    const steps = within(flow).getAllByRole('listitem');
    expect(steps[0]).toHaveAttribute('aria-current', 'step');
    expect(steps.map((step) => step.textContent?.split(' · ').slice(0, 2).join(' · '))).toEqual([
      '收集 · 当前环节',
      '交办 · 未开始',
      '办结反馈 · 未开始',
    ]);
    expect(screen.getByRole('region', { name: '办理反馈' })).toHaveTextContent('尚无办理反馈。');
  });

  it('says the record does not exist for an unknown id', async () => {
    renderApp('/problems/999999');
    expect(await screen.findByRole('heading', { level: 1, name: '记录不存在' })).toBeVisible();
  });
});
