import { screen, waitFor, within } from '@testing-library/react';
import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { chainDetailSchema, type ChainDetail } from '@server/contract/chains';
import { chainInvestmentSchema } from '@server/contract/investment';
import { fiveOneItems, type RagStatus } from '@server/contract/domain';
import { overviewSchema, type Overview, type OverviewChain } from '@server/contract/overview';
import { problemPageSchema, type ProblemPage } from '@server/contract/problems';
import { chains } from '@server/db/schema';
import { formatNumber, formatYi } from '@/lib/format';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { fetchApi, fiveOneItemText, fiveOneStateText } from '../support/zh-words';
import { grouped, spokenText } from '../support/screen-text';

const api = setupApiServer({ signIn: 'viewer' });

const statusText: Record<RagStatus, string> = { green: '绿', amber: '黄', red: '红' };

let overview: Overview;
/** The chain with the most overdue problems: more than the brief lists, so "more" shows. */
let summary: OverviewChain;
let chain: ChainDetail;
let overdue: ProblemPage;

beforeAll(async () => {
  overview = overviewSchema.parse(await fetchApi('/api/overview'));
  const [first, ...rest] = overview.chains;
  if (!first) throw new Error('The sample city has no chains');
  summary = rest.reduce(
    (most, next) => (next.counts.overdueProblems > most.counts.overdueProblems ? next : most),
    first,
  );
  chain = chainDetailSchema.parse(await fetchApi(`/api/chains/${summary.id}`));
  overdue = problemPageSchema.parse(
    await fetchApi(`/api/problems?chain=${summary.id}&overdue=true&sort=deadline&order=asc`),
  );
  // The brief lists five; the check of "more" needs a chain with more than that.
  expect(overdue.total).toBeGreaterThan(5);
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The value of the term `term` in the description list around it. */
function termValue(container: HTMLElement, term: string): string {
  const dt = within(container).getByText(term, { selector: 'dt' });
  const dd = dt.nextElementSibling;
  if (!dd) throw new Error(`${term} has no value`);
  return spokenText(dd);
}

describe('the chain brief', () => {
  it('shows the chain, its status, counts and the five ones with their key detail', async () => {
    renderApp(`/chains/${chain.id}/brief`);

    const sheet = await screen.findByRole('article', { name: chain.name });
    expect(within(sheet).getByRole('heading', { level: 1 })).toHaveTextContent(chain.name);
    expect(within(sheet).getByText('产业链简报')).toBeInTheDocument();
    // What "Save as PDF" names the file.
    expect(document.title).toBe(`${chain.name} · 产业链简报`);

    const facts = within(sheet).getByRole('region', { name: '基本情况' });
    expect(termValue(facts, '类别')).toBe(
      chain.category === 'strategic' ? '战略性新兴产业' : '未来产业',
    );
    expect(termValue(facts, '链长')).toContain(chain.leaderName);

    const status = within(sheet).getByRole('region', { name: '运行状态' });
    expect(status).toHaveTextContent(statusText[chain.status]);
    if (chain.statusNote) expect(status).toHaveTextContent(chain.statusNote);

    const counts = within(sheet).getByRole('region', { name: '规模' });
    expect(termValue(counts, '承载园区')).toBe(grouped(chain.parks.length));
    expect(termValue(counts, '企业')).toBe(grouped(chain.firmCount));
    expect(termValue(counts, '产业集群')).toBe(grouped(chain.clusters.length));
    expect(termValue(counts, '重大项目')).toContain(grouped(chain.projects.count));
    expect(termValue(counts, '企业问题')).toBe(grouped(chain.problems.total));
    expect(termValue(counts, '逾期问题')).toBe(grouped(chain.problems.overdue));

    const fiveOnes = within(sheet).getByRole('table', { name: '五个一落实情况' });
    const rows = within(fiveOnes).getAllByRole('row').slice(1);
    expect(rows.map((row) => spokenText(within(row).getByRole('rowheader')))).toEqual(
      fiveOneItems.map((item) => fiveOneItemText[item]),
    );
    fiveOneItems.forEach((item, index) => {
      const row = rows[index];
      if (!row) throw new Error(`No row for ${item}`);
      expect(row).toHaveTextContent(fiveOneStateText[chain.fiveOnes[item].state]);
    });
    const leaderFirm = chain.fiveOnes.leader_firm.leaderFirm;
    if (leaderFirm) expect(rows[1]).toHaveTextContent(leaderFirm.firm.name);
    const scientist = chain.fiveOnes.chief_scientist.chiefScientist;
    if (scientist) expect(rows[2]).toHaveTextContent(scientist.name);
    const taskForce = chain.fiveOnes.task_force.taskForce;
    if (taskForce) expect(rows[3]).toHaveTextContent(taskForce.headName);
  });

  it('shows the key indicators against target and the longest-overdue problems', async () => {
    renderApp(`/chains/${chain.id}/brief`);

    const indicators = await screen.findByRole('table', {
      name: '关键指标：最新一期实际值与目标值',
    });
    const indicatorRows = within(indicators).getAllByRole('row').slice(1);
    expect(indicatorRows.map((row) => spokenText(within(row).getByRole('rowheader')))).toEqual(
      summary.keyIndicators.map((indicator) => indicator.name),
    );
    // Value and target as the overview writes them: 亿元 with two decimals, a share with its %.
    const figure = (value: number, unit: string) =>
      unit === '亿元'
        ? formatYi(value, 'zh-CN')
        : `${formatNumber(value, 'zh-CN')}${unit === '家' ? ' 家' : unit}`;
    summary.keyIndicators.forEach((indicator, index) => {
      const row = indicatorRows[index];
      if (indicator.period) expect(row).toHaveTextContent(indicator.period);
      if (indicator.value !== null) {
        expect(row).toHaveTextContent(figure(indicator.value, indicator.unit));
      }
      if (indicator.target !== null) {
        expect(row).toHaveTextContent(figure(indicator.target, indicator.unit));
      }
    });

    const attention = screen.getByRole('region', { name: '预警与待办' });
    expect(attention).toHaveTextContent(
      `${grouped(summary.counts.overdueProblems)} 个企业问题逾期未办结`,
    );
    const problems = within(attention).getByRole('table', {
      name: '逾期未办结的企业问题（最久的在前）',
    });
    const titles = within(problems)
      .getAllByRole('row')
      .slice(1)
      .map((row) => spokenText(within(row).getByRole('rowheader')));
    expect(titles).toEqual(overdue.items.slice(0, 5).map((problem) => problem.title));
    expect(attention).toHaveTextContent(`另有 ${grouped(overdue.total - 5)} 个逾期问题未列出。`);

    const [year, month, day] = overview.asOf.split('-').map(Number);
    expect(screen.getByText(/^数据截至/)).toHaveTextContent(
      `数据截至 ${year}年${month}月${day}日 · 数据来源：`,
    );
  });

  it('has a 补链招商 section: funnel, signed projects, open leads on gaps, lowest local shares', async () => {
    const investment = chainInvestmentSchema.parse(
      await fetchApi(`/api/chains/${chain.id}/investment`),
    );
    renderApp(`/chains/${chain.id}/brief`);

    const section = await screen.findByRole('region', { name: '补链招商' });
    for (const stage of investment.funnel.stages.filter((s) => s.stage !== 'signed')) {
      const terms: Record<string, string> = {
        identified: '线索',
        contacted: '接洽',
        visited: '考察',
        negotiating: '洽谈',
      };
      const term = terms[stage.stage];
      expect(termValue(section, term ?? '')).toBe(formatNumber(stage.reached, 'zh-CN'));
    }
    const signed = investment.funnel.stages.find((s) => s.stage === 'signed');
    expect(termValue(section, '签约项目')).toBe(
      `${formatNumber(signed?.reached ?? 0, 'zh-CN')} 个 · ${formatYi(signed?.investmentYi ?? 0, 'zh-CN')}`,
    );

    const gaps = within(section).getByRole('list', { name: '薄弱、缺失环节的在谈线索' });
    const gapLinks = investment.segments
      .flatMap((segment) => segment.links)
      .filter((link) => link.strength !== 'strong');
    expect(gapLinks.length).toBeGreaterThan(0);
    const firstGap = within(gaps).getAllByRole('listitem')[0];
    expect(gapLinks.some((link) => firstGap?.textContent?.startsWith(link.name))).toBe(true);

    const lowest = within(section).getByRole('list', { name: '本地配套率最低的采购品类' });
    const shares = investment.supplyItems
      .map((item) => item.localSharePercent)
      .toSorted((a, b) => a - b)
      .slice(0, 3);
    expect(
      within(lowest)
        .getAllByRole('listitem')
        .map((item) => Number(/(\d+)%/.exec(item.textContent ?? '')?.[1])),
    ).toEqual(shares);
  });

  it('prints with the browser when 打印 / 存为PDF is pressed', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderApp(`/chains/${chain.id}/brief`);

    await user.click(await screen.findByRole('button', { name: '打印 / 存为PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('shows a status note that looks like markup as text', async () => {
    const note = '<img src=x onerror="alert(1)"><b>加粗</b>';
    await api.db.update(chains).set({ statusNote: note }).where(eq(chains.id, chain.id));
    try {
      renderApp(`/chains/${chain.id}/brief`);
      const status = await screen.findByRole('region', { name: '运行状态' });
      expect(status).toHaveTextContent(note);
      expect(status.querySelector('img, b')).toBeNull();
    } finally {
      await api.db
        .update(chains)
        .set({ statusNote: chain.statusNote })
        .where(eq(chains.id, chain.id));
    }
  });

  it('is opened from the chain page', async () => {
    const { user, history } = renderApp(`/chains/${chain.id}`);

    await user.click(await screen.findByRole('link', { name: '打印简报 / 存为PDF' }));
    await waitFor(() => expect(history.location.pathname).toBe(`/chains/${chain.id}/brief`));
    expect(await screen.findByRole('button', { name: '打印 / 存为PDF' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: '返回产业链详情' }));
    expect(await screen.findByRole('heading', { level: 1, name: chain.name })).toBeInTheDocument();
    expect(document.title).toBe('产业链链长制管理驾驶舱');
  });

  it('is all in English on an English page', async () => {
    renderApp(`/chains/${chain.id}/brief`, { language: 'en-US' });

    const sheet = await screen.findByRole('article', { name: chain.nameEn ?? chain.name });
    expect(within(sheet).getByText('Chain brief')).toBeInTheDocument();
    expect(within(sheet).getByRole('table', { name: 'The five ones in place' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Print / Save as PDF' })).toBeInTheDocument();
    expect(within(sheet).getByText(/^Data as of /)).toHaveTextContent(/· Source: /);
  });
});

describe('the city brief', () => {
  it('shows the headline figures, the chain statuses and the five-ones matrix', async () => {
    renderApp('/brief');

    const sheet = await screen.findByRole('article', { name: /产业链链长制工作简报$/ });
    expect(within(sheet).getByText('全市简报')).toBeInTheDocument();

    const headline = within(sheet).getByRole('region', { name: '全市概况' });
    expect(termValue(headline, '国家高新技术企业')).toBe(
      `${grouped(overview.headline.firms.highTech)} 家`,
    );
    expect(termValue(headline, '企业问题')).toContain(
      `已解决 ${grouped(overview.headline.problems.resolved)} 个`,
    );

    const statuses = within(sheet).getByRole('region', { name: '产业链运行状态' });
    const tally = within(statuses)
      .getAllByRole('listitem')
      .map((item) => spokenText(item));
    expect(tally).toEqual(
      (['green', 'amber', 'red'] as const).map(
        (status) =>
          `${statusText[status]} ${overview.chains.filter((c) => c.status === status).length} 条`,
      ),
    );

    const rowHeaders = within(sheet)
      .getAllByRole('table')
      .flatMap((table) => within(table).getAllByRole('rowheader'))
      .map(spokenText);
    expect(rowHeaders.toSorted()).toEqual(overview.chains.map((c) => c.name).toSorted());
  });

  it('is opened from the overview and prints with the browser', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user, history } = renderApp('/');

    await user.click(await screen.findByRole('link', { name: '打印简报 / 存为PDF' }));
    await waitFor(() => expect(history.location.pathname).toBe('/brief'));
    await user.click(await screen.findByRole('button', { name: '打印 / 存为PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
