import { screen, within } from '@testing-library/react';
import { asc, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fiveOneItems, type FiveOneItem, type FiveOneState } from '@server/contract/domain';
import { chains, fiveOnes } from '@server/db/schema';
import { networkError, serverError } from '@mocks/faults';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';

const api = setupApiServer();

const statusText = { green: '绿', amber: '黄', red: '红' } as const;
const stateText = { in_place: '已到位', in_progress: '推进中', missing: '缺失' } as const;
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

beforeAll(async () => {
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

/** What a screen reader reads: the text without decorative, aria-hidden parts. */
function spokenText(element: HTMLElement): string {
  const copy = element.cloneNode(true);
  if (!(copy instanceof HTMLElement)) return '';
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent?.trim() ?? '';
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

describe('overview', () => {
  it('shows the sample banner and every chain, grouped, with its status and five ones', async () => {
    renderApp('/');

    expect(await screen.findByRole('status')).toHaveTextContent('加载中…');
    expect(await screen.findByRole('note', { name: '示例数据' })).toHaveTextContent(/示例数据：/);
    expect(screen.getByRole('heading', { level: 1, name: '产业链总览' })).toBeInTheDocument();

    for (const [category, title] of [
      ['strategic', '战略性新兴产业'],
      ['future', '未来产业'],
    ] as const) {
      expect(screen.getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
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
      expect(row.get(itemColumn[item]), item).toBe(stateText[chain.fiveOnes[item]]);
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
