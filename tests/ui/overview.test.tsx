import { screen, waitFor, within } from '@testing-library/react';
import { asc, isNull } from 'drizzle-orm';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  fiveOneItems,
  type FiveOneItem,
  type FiveOneState,
  type IndicatorRating,
} from '@server/contract/domain';
import type { ChainAlert, Overview, OverviewChain } from '@server/contract/overview';
import { chains, fiveOnes } from '@server/db/schema';
import { hang, networkError, serverError } from '@mocks/faults';
import { apiClientSettings } from '@/lib/api-client';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { fiveOneStateText } from '../support/zh-words';
import { spokenText } from '../support/screen-text';

const api = setupApiServer();

const statusText = { green: '绿', amber: '黄', red: '红' } as const;
const itemColumn: Record<FiveOneItem, string> = {
  chain_map: '产业链图谱',
  leader_firm: '链主企业',
  chief_scientist: '首席科学家',
  task_force: '工作专班',
  policy_package: '扶持政策',
};

interface StoredChain {
  id: number;
  name: string;
  category: 'strategic' | 'future';
  status: keyof typeof statusText;
  fiveOnes: Record<FiveOneItem, FiveOneState>;
}

let stored: StoredChain[] = [];
/** The overview as the API answers it, read before any test counts requests. */
let answer: Overview;

beforeAll(async () => {
  const response = await fetch(new URL('/api/overview', window.location.origin));
  answer = (await response.json()) as Overview;

  const chainRows = await api.db
    .select({ id: chains.id, name: chains.name, category: chains.category, status: chains.status })
    .from(chains)
    .where(isNull(chains.retiredAt))
    .orderBy(asc(chains.sortOrder));
  const stateRows = await api.db.select().from(fiveOnes);
  stored = chainRows.map((chain) => {
    const states = stateRows.filter((row) => row.chainId === chain.id);
    const byItem = (item: FiveOneItem) =>
      states.find((row) => row.item === item)?.state ?? 'missing';
    return {
      ...chain,
      fiveOnes: {
        chain_map: byItem('chain_map'),
        leader_firm: byItem('leader_firm'),
        chief_scientist: byItem('chief_scientist'),
        task_force: byItem('task_force'),
        policy_package: byItem('policy_package'),
      },
    };
  });
});

/** The chain whose five ones differ the most, so the check tells the states apart. */
function mostVariedChain(): StoredChain {
  const variety = (chain: StoredChain) => new Set(Object.values(chain.fiveOnes)).size;
  const [first, ...rest] = stored;
  if (!first) throw new Error('The sample city has no chains');
  return rest.reduce((best, chain) => (variety(chain) > variety(best) ? chain : best), first);
}

/** The text of each cell of a chain's row, keyed by its column heading. */
function rowByColumn(table: HTMLElement, chainName: string): Map<string, string> {
  const headings = within(table).getAllByRole('columnheader').map(spokenText);
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('rowheader', { name: chainName }));
  if (!row) throw new Error(`No row for ${chainName}`);
  const cells = within(row).getAllByRole('cell').map(spokenText);
  // The first column is the row header, so cells line up with the headings after it.
  return new Map(headings.slice(1).map((heading, index) => [heading, cells[index] ?? '']));
}

const ratingText: Record<IndicatorRating, string> = {
  excellent: '优秀',
  green: '达标',
  amber: '预警',
  red: '未达标',
};

const alertText: Record<ChainAlert['kind'], (alert: ChainAlert) => string> = {
  stale_status: (alert) => `状态已 ${'days' in alert ? alert.days : ''} 天未更新`,
  overdue_problems: (alert) => `${'count' in alert ? alert.count : ''} 个企业问题逾期未办结`,
  stalled_projects: (alert) => `${'count' in alert ? alert.count : ''} 个项目进展停滞`,
};

/** 亿元 as Chinese readers write it: two decimals, thousands grouped. */
function yuanYi(value: number): string {
  const number = value.toLocaleString('zh-CN', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return `${number} 亿元`;
}

/** The chain with the most alerts, so the card shows every kind the data has. */
function mostAlertedChain(): OverviewChain {
  const [first, ...rest] = answer.chains;
  if (!first) throw new Error('The overview has no chains');
  return rest.reduce(
    (best, chain) => (chain.alerts.length > best.alerts.length ? chain : best),
    first,
  );
}

function shownCards(): string[] {
  return screen
    .getAllByRole('article')
    .map((card) => within(card).getByRole('heading', { level: 3 }).textContent ?? '');
}

function shownMatrixRows(): string[] {
  return screen
    .getAllByRole('table')
    .flatMap((table) => within(table).getAllByRole('rowheader'))
    .map((header) => header.textContent ?? '');
}

function namesWhere(keep: (chain: OverviewChain) => boolean): string[] {
  return answer.chains.filter(keep).map((chain) => chain.name);
}

describe('overview', () => {
  it('shows the sample banner and every chain, grouped, with its status and five ones', async () => {
    renderApp('/');

    // The export-all control has a status of its own (empty until it exports).
    expect((await screen.findAllByRole('status')).map((status) => status.textContent)).toContain(
      '加载中…',
    );
    expect(await screen.findByRole('note', { name: '示例数据' })).toHaveTextContent(/示例数据：/);
    expect(screen.getByRole('heading', { level: 1, name: '产业链总览' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '五个一落实情况' })).toBeInTheDocument();

    for (const [category, title] of [
      ['strategic', '战略性新兴产业'],
      ['future', '未来产业'],
    ] as const) {
      expect(screen.getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
      const table = screen.getByRole('table', { name: title });
      const shown = within(table)
        .getAllByRole('rowheader')
        .map((header) => header.textContent);
      const expected = stored.filter((chain) => chain.category === category);
      expect(shown.toSorted()).toEqual(expected.map((chain) => chain.name).toSorted());
      for (const chain of expected) {
        expect(rowByColumn(table, chain.name).get('状态')).toBe(statusText[chain.status]);
      }
    }
    expect(stored).toHaveLength(12);

    const chain = mostVariedChain();
    const table = screen.getByRole('table', {
      name: chain.category === 'strategic' ? '战略性新兴产业' : '未来产业',
    });
    const row = rowByColumn(table, chain.name);
    for (const item of fiveOneItems) {
      expect(row.get(itemColumn[item]), item).toBe(fiveOneStateText[chain.fiveOnes[item]]);
    }
  });

  it('shows the city-wide figures of the source article', async () => {
    renderApp('/');

    const section = await screen.findByRole('region', { name: '全市概况' });
    const figures = new Map(
      within(section)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(Object.fromEntries(figures)).toEqual({
      国家高新技术企业: '812 家',
      科技型中小企业: '2,913 家',
      '国家专精特新"小巨人"企业': '35 家',
      制造业单项冠军: '5 家',
      千亿级企业: '1 家',
      百亿级企业: '3 家',
      '特色（专业）产业园': '10 个',
      产业集群: '国家级 3 个 · 省级 6 个 · 中小企业特色 2 个',
      招商签约项目: '168 个 · 2,024.55 亿元',
      企业问题: '收集 2,090 个 · 已解决 1,885 个（90.2%）',
      '企业座谈会（场次 · 参会企业 · 收集问题 · 已解决）':
        '192 场 · 3,361 家 · 2,090 个 · 1,885 个',
    });
  });

  it('shows a server error and loads the overview when 重试 is pressed', async () => {
    api.server.use(serverError({ once: true }));
    const { user } = renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('数据加载失败');
    expect(alert).toHaveTextContent('服务器出错（500）');

    await user.click(within(alert).getByRole('button', { name: '重试' }));

    expect(await screen.findByRole('table', { name: '战略性新兴产业' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a network error and loads the overview when 重试 is pressed', async () => {
    api.server.use(networkError({ once: true }));
    const { user } = renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法连接到服务器');

    await user.click(within(alert).getByRole('button', { name: '重试' }));

    expect(await screen.findByRole('table', { name: '未来产业' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('overview five-ones matrix', () => {
  it('links each cell to that one on the chain page, and the chain name to the chain', async () => {
    const chain = mostVariedChain();
    const item: FiveOneItem = 'chief_scientist';
    const { user, history } = renderApp('/');

    const cell = await screen.findByRole('link', {
      name: `${chain.name} · ${itemColumn[item]}：${fiveOneStateText[chain.fiveOnes[item]]}`,
    });
    expect(cell).toHaveAttribute('href', `/chains/${chain.id}#five-one-${item}`);
    const row = screen.getByRole('rowheader', { name: chain.name });
    expect(within(row).getByRole('link', { name: chain.name })).toHaveAttribute(
      'href',
      `/chains/${chain.id}`,
    );

    // jsdom cannot scroll; record where the router scrolls to instead.
    const scrolledTo: string[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolledTo.push(this.id);
    };
    try {
      await user.click(cell);

      await waitFor(() => expect(history.location.pathname).toBe(`/chains/${chain.id}`));
      expect(history.location.hash).toBe(`#five-one-${item}`);
      expect(
        await screen.findByRole('heading', { level: 1, name: chain.name }),
      ).toBeInTheDocument();
      await waitFor(() => expect(scrolledTo).toContain(`five-one-${item}`));
    } finally {
      // @ts-expect-error -- jsdom's elements have no scrollIntoView; leave them as they were.
      delete Element.prototype.scrollIntoView;
    }
  });
});

describe('overview chain cards', () => {
  it('shows a chain’s status, key indicators against target, counts and alerts', async () => {
    const chain = mostAlertedChain();
    expect(chain.alerts.length).toBeGreaterThan(0);
    renderApp('/');

    const card = await screen.findByRole('article', { name: chain.name });
    expect(within(card).getByRole('link', { name: chain.name })).toHaveAttribute(
      'href',
      `/chains/${chain.id}`,
    );
    expect(card).toHaveTextContent(`运行状态${statusText[chain.status]}`);
    if (chain.statusNote) expect(card).toHaveTextContent(chain.statusNote);

    const indicators = within(card).getAllByRole('listitem').slice(0, chain.keyIndicators.length);
    const [first, second] = chain.keyIndicators;
    if (!first?.value || !first.target || !first.rating) throw new Error('No rated indicator');
    expect(first.unit).toBe('亿元');
    expect(indicators[0]).toHaveTextContent(first.name);
    expect(indicators[0]).toHaveTextContent(yuanYi(first.value));
    expect(indicators[0]).toHaveTextContent(`目标 ${yuanYi(first.target)} · ${first.period}`);
    expect(indicators[0]).toHaveTextContent(ratingText[first.rating]);
    if (second?.value != null && second.rating && second.unit === '%') {
      expect(indicators[1]).toHaveTextContent(`${second.value}%`);
      expect(indicators[1]).toHaveTextContent(ratingText[second.rating]);
    }
    expect(card).toHaveTextContent(`${first.name}近 8 个季度走势`);

    const counts = Object.fromEntries(
      within(card)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(counts).toEqual({
      企业: `${chain.counts.firms.toLocaleString('zh-CN')} 家`,
      园区: `${chain.counts.parks} 个`,
      重大项目: `${chain.counts.projects} 个`,
      未解决问题: `${chain.counts.unresolvedProblems} 个`,
      逾期问题: `${chain.counts.overdueProblems} 个`,
    });

    const alerts = within(card).getByRole('list', { name: '预警' });
    expect(within(alerts).getAllByRole('listitem').map(spokenText)).toEqual(
      chain.alerts.map((alert) => alertText[alert.kind](alert)),
    );
  });

  it('says what a chain has not reported yet', async () => {
    const [quiet, unmeasured, ...rest] = answer.chains;
    const [indicator] = quiet?.keyIndicators ?? [];
    if (!quiet || !unmeasured || !indicator) throw new Error('The sample city has too few chains');
    const blank = { ...indicator, period: null, value: null, target: null, rating: null };
    const edited: Overview = {
      ...answer,
      chains: [
        { ...quiet, statusNote: null, alerts: [], keyIndicators: [blank] },
        { ...unmeasured, keyIndicators: [] },
        ...rest,
      ],
    };
    api.server.use(http.get('/api/overview', () => HttpResponse.json(edited), { once: true }));
    renderApp('/');

    const card = await screen.findByRole('article', { name: quiet.name });
    expect(card).toHaveTextContent('暂无状态说明。');
    expect(card).toHaveTextContent('暂无预警。');
    expect(within(card).queryByRole('list', { name: '预警' })).not.toBeInTheDocument();
    expect(within(card).getByRole('listitem')).toHaveTextContent(`${indicator.name}未填报`);
    const other = screen.getByRole('article', { name: unmeasured.name });
    expect(other).toHaveTextContent('暂无关键指标。');
  });
});

describe('overview filters', () => {
  it('filters the matrix and the cards by category and status, in the URL, and back restores', async () => {
    const { user, history } = renderApp('/');
    await screen.findAllByRole('article');
    expect(screen.getByText('显示 12 / 12 条产业链')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: '产业类别' }), '未来产业');

    const future = namesWhere((chain) => chain.category === 'future');
    expect(new URLSearchParams(history.location.search).get('category')).toBe('future');
    expect(shownCards()).toEqual(future);
    expect(shownMatrixRows()).toEqual(future);
    expect(screen.queryByRole('table', { name: '战略性新兴产业' })).not.toBeInTheDocument();
    expect(screen.getByText(`显示 ${future.length} / 12 条产业链`)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: '运行状态' }), '黄');

    const futureAmber = namesWhere(
      (chain) => chain.category === 'future' && chain.status === 'amber',
    );
    expect(futureAmber.length).toBeGreaterThan(0);
    const search = new URLSearchParams(history.location.search);
    expect([search.get('category'), search.get('status')]).toEqual(['future', 'amber']);
    expect(shownCards()).toEqual(futureAmber);
    expect(shownMatrixRows()).toEqual(futureAmber);

    history.back();
    await waitFor(() => expect(shownCards()).toEqual(future));
    expect(shownMatrixRows()).toEqual(future);
    expect(screen.getByRole('combobox', { name: '运行状态' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: '产业类别' })).toHaveValue('future');

    history.back();
    await waitFor(() => expect(shownCards()).toHaveLength(12));
    expect(shownMatrixRows()).toHaveLength(12);
  });

  it('filters by status alone', async () => {
    const { user, history } = renderApp('/');
    await screen.findAllByRole('article');

    await user.selectOptions(screen.getByRole('combobox', { name: '运行状态' }), '绿');

    const green = namesWhere((chain) => chain.status === 'green');
    expect(new URLSearchParams(history.location.search).get('status')).toBe('green');
    expect(shownCards()).toEqual(green);
    expect(shownMatrixRows().toSorted()).toEqual(green.toSorted());
  });

  it('opens /?status=red with only the red chains', async () => {
    renderApp('/?status=red');

    const red = namesWhere((chain) => chain.status === 'red');
    expect(red.length).toBeGreaterThan(0);
    await screen.findAllByRole('article');
    expect(shownCards()).toEqual(red);
    expect(shownMatrixRows().toSorted()).toEqual(red.toSorted());
    expect(screen.getByRole('combobox', { name: '运行状态' })).toHaveValue('red');
  });

  it('shows an empty state when no chain matches, and clearing the filters shows all', async () => {
    expect(namesWhere((chain) => chain.category === 'strategic' && chain.status === 'red')).toEqual(
      [],
    );
    const { user, history } = renderApp('/?category=strategic&status=red');

    expect(await screen.findByText(/没有符合筛选条件的产业链/)).toBeInTheDocument();
    expect(screen.getByText('显示 0 / 12 条产业链')).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    const [clear] = screen.getAllByRole('link', { name: '清除筛选' });
    if (!clear) throw new Error('No link to clear the filters');
    await user.click(clear);

    await waitFor(() => expect(shownCards()).toHaveLength(12));
    expect(history.location.search).toBe('');
  });
});

describe('overview in English', () => {
  it('shows headings, filters and cards in English', async () => {
    const chain = mostAlertedChain();
    if (!chain.nameEn) throw new Error('The sample chain has no English name');
    renderApp('/', { language: 'en-US' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Chains overview' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'The five ones' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Chains at a glance' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: 'Future industries' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Category' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Status' })).toBeInTheDocument();
    expect(screen.getByText('Showing 12 of 12 chains')).toBeInTheDocument();

    const card = screen.getByRole('article', { name: chain.nameEn });
    const statusEn = { green: 'Green', amber: 'Amber', red: 'Red' } as const;
    expect(card).toHaveTextContent(`Status${statusEn[chain.status]}`);
    expect(card).toHaveTextContent('Unresolved problems');
    const [first] = chain.keyIndicators;
    if (first?.nameEn) expect(card).toHaveTextContent(first.nameEn);
    expect(card).toHaveTextContent(/Target /);
    const alerts = within(card).getByRole('list', { name: 'Alerts' });
    const stale = chain.alerts.find((alert) => alert.kind === 'stale_status');
    if (stale) expect(alerts).toHaveTextContent(`Status not updated for ${stale.days} days`);

    // Only what people typed in (the leader's name, the status note) stays in Chinese.
    const copy = card.cloneNode(true);
    if (!(copy instanceof HTMLElement)) throw new Error('Not an element');
    copy.querySelectorAll('[lang="zh-CN"]').forEach((typed) => typed.remove());
    expect(copy.textContent).not.toMatch(/[\u4e00-\u9fff]/);
    const row = screen.getByRole('rowheader', { name: chain.nameEn }).closest('tr');
    if (!row) throw new Error('No matrix row');
    const rowCopy = row.cloneNode(true);
    if (!(rowCopy instanceof HTMLElement)) throw new Error('Not an element');
    rowCopy.querySelectorAll('[lang="zh-CN"]').forEach((typed) => typed.remove());
    expect(rowCopy.textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('overview requests', () => {
  it('asks /api/overview once, and filtering asks nothing more', async () => {
    const requested: string[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      requested.push(new URL(request.url).pathname);
    };
    api.server.events.on('request:start', onRequest);
    try {
      const { user, history } = renderApp('/');
      await screen.findAllByRole('article');
      await user.selectOptions(screen.getByRole('combobox', { name: '产业类别' }), '未来产业');
      await user.selectOptions(screen.getByRole('combobox', { name: '运行状态' }), '红');
      history.back();
      await waitFor(() =>
        expect(screen.getByRole('combobox', { name: '运行状态' })).toHaveValue(''),
      );

      // Besides the one check of who is signed in, which every screen makes first, the one
      // count of the problems escalated to the chain leaders (督办) and the bell's unread count,
      // once each.
      expect(requested.filter((path) => path !== '/api/auth/session').sort()).toEqual([
        '/api/notifications/unread-count',
        '/api/overview',
        '/api/supervision',
      ]);
    } finally {
      api.server.events.removeListener('request:start', onRequest);
    }
  });
});

describe('overview errors', () => {
  it('shows a timeout when the server does not answer, and loads when 重试 is pressed', async () => {
    const defaultTimeout = apiClientSettings.timeoutMs;
    apiClientSettings.timeoutMs = 200;
    api.server.use(hang({ once: true }));
    try {
      const { user } = renderApp('/');

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('服务器长时间没有响应');

      await user.click(within(alert).getByRole('button', { name: '重试' }));

      expect(await screen.findByRole('table', { name: '未来产业' })).toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    } finally {
      apiClientSettings.timeoutMs = defaultTimeout;
    }
  });
});
