import { screen, waitFor, within } from '@testing-library/react';
import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { chains } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { searchOf } from '../support/screen-text';

const api = setupApiServer();

let chain: { id: number; code: string; name: string; status: string };

beforeAll(async () => {
  const [first] = await api.db.select().from(chains).orderBy(asc(chains.sortOrder)).limit(1);
  if (!first) throw new Error('the sample has no chain');
  chain = first;
  // Today on the sample clock: a status change of this week.
  const response = await api.app.request(`/api/chains/${first.id}/status`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie: api.cookie() },
    body: JSON.stringify({
      status: first.status === 'red' ? 'green' : 'red',
      statusNote: '本周复核',
      version: first.version,
    }),
  });
  expect(response.status).toBe(200);
  const [after] = await api.db.select().from(chains).where(eq(chains.id, first.id));
  chain = { ...first, status: after?.status ?? first.status };
});

const sectionNamed = (name: RegExp) => screen.getByRole('region', { name });

describe('本周变化', () => {
  it('lists a chain’s changes by kind, with counts, before → after and a link to the record', async () => {
    renderApp(`/changes?chain=${chain.id}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: `${chain.name} · 本周变化` }),
    ).toBeVisible();
    const status = await waitFor(() => sectionNamed(/^运行状态/));
    expect(within(status).getByRole('heading', { name: '运行状态 1' })).toBeVisible();
    const line = within(status).getByRole('listitem');
    const before = chain.status === 'red' ? '绿' : '红';
    expect(line).toHaveTextContent(chain.status === 'red' ? `${before} → 红` : '→ 红');
    expect(within(line).getByRole('link', { name: chain.name })).toHaveAttribute(
      'href',
      `/chains/${chain.id}`,
    );
    for (const name of ['五个一', '重大项目', '企业问题', '指标填报', '专班动态', '招商线索']) {
      expect(sectionNamed(new RegExp(`^${name} \\d+$`))).toBeVisible();
    }
  });

  it('takes the days from the form into the address, and says when nothing changed', async () => {
    const { user, history } = renderApp(`/changes?chain=${chain.id}`);
    // The fields show the window of the answer: the last 7 days of the sample clock.
    await waitFor(() => expect(screen.getByLabelText('起始日期')).toHaveValue('2026-06-09'));
    expect(screen.getByLabelText('截止日期')).toHaveValue('2026-06-15');
    const from = screen.getByLabelText('起始日期');
    await user.clear(from);
    await user.type(from, '2020-01-01');
    const to = screen.getByLabelText('截止日期');
    await user.clear(to);
    await user.type(to, '2020-01-07');
    await user.click(screen.getByRole('button', { name: '查看' }));
    await waitFor(() => expect(searchOf(history).get('from')).toBe('2020-01-01'));
    expect(searchOf(history).get('to')).toBe('2020-01-07');
    expect(searchOf(history).get('chain')).toBe(String(chain.id));
    expect(await screen.findByText('这段时间没有变化。')).toBeVisible();
    expect(within(sectionNamed(/^运行状态/)).getByText('无')).toBeVisible();
  });

  it('is in the main navigation, and the chain page links to its own', async () => {
    const { user, history } = renderApp(`/chains/${chain.id}`);
    const header = await screen.findByRole('region', { name: chain.name });
    await user.click(within(header).getByRole('link', { name: '本周变化' }));
    await waitFor(() => expect(history.location.pathname).toBe('/changes'));
    expect(searchOf(history).get('chain')).toBe(String(chain.id));
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(within(nav).getByRole('link', { name: '本周变化' })).toHaveAttribute('href', '/changes');
  });

  it('offers the brief as Excel and CSV', async () => {
    renderApp('/changes');
    const exports = await screen.findByRole('group', { name: /导出/ });
    expect(within(exports).getByRole('button', { name: /Excel/ })).toBeEnabled();
    expect(within(exports).getByRole('button', { name: /CSV/ })).toBeEnabled();
  });

  it('is a slide of the presentation: the city’s, then each chain’s, with the counts', async () => {
    const { user } = renderApp(
      `/present?play=true&seconds=600&chains=${chain.code}&slides=changes`,
    );
    expect(await screen.findByRole('heading', { level: 1, name: '全市 · 本周变化' })).toBeVisible();
    await user.keyboard('{ArrowRight}');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: new RegExp(`^${chain.name}.*本周变化$`),
      }),
    ).toBeVisible();
    // The chain's status change of this week is counted under 运行状态.
    const term = screen.getByText('运行状态', { selector: 'dt' });
    expect(term.nextElementSibling).toHaveTextContent('1');
  });
});

describe('a long section', () => {
  it('shows its first 12 lines, and all of them when asked', async () => {
    // Half a year of the sample city: more problems raised and resolved than a screen lists.
    const window = 'from=2026-01-01&to=2026-06-30';
    const response = await api.app.request(`/api/changes?${window}`, {
      headers: { cookie: api.cookie() },
    });
    const answer = (await response.json()) as {
      sections: { section: string; total: number; items: unknown[] }[];
    };
    const problems = answer.sections.find((section) => section.section === 'problems');
    if (!problems || problems.items.length <= 12) throw new Error('too few problems in the window');

    const { user } = renderApp(`/changes?${window}`);
    const section = await waitFor(() => sectionNamed(/^企业问题/));
    expect(within(section).getAllByRole('listitem')).toHaveLength(12);
    await user.click(
      within(section).getByRole('button', { name: `显示全部 ${problems.items.length} 项` }),
    );
    expect(within(section).getAllByRole('listitem')).toHaveLength(problems.items.length);
    expect(within(section).queryByRole('button', { name: /显示全部/ })).toBeNull();
  });
});
