import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  chainDetailSchema,
  chainListSchema,
  type ChainDetail,
  type ChainLink,
} from '@server/contract/chains';
import { fiveOneItems } from '@server/contract/domain';
import {
  chainIndicatorsSchema,
  type ChainIndicators,
  type IndicatorValue,
} from '@server/contract/indicators';
import { hang, networkError, serverError } from '@mocks/faults';
import { apiClientSettings } from '@/lib/api-client';
import { displayPointLimit } from '@/lib/display-points';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { fetchApi, fiveOneItemText, fiveOneStateText } from '../support/zh-words';
import { spokenText } from '../support/screen-text';

const api = setupApiServer();

const statusText = { green: '绿', amber: '黄', red: '红' } as const;
const strengthText = { strong: '优势', weak: '薄弱', missing: '缺失' } as const;
const ratingText = { excellent: '优秀', green: '达标', amber: '预警', red: '未达标' } as const;

let chain: ChainDetail;
let indicators: ChainIndicators;
let sparseChain: ChainDetail;

beforeAll(async () => {
  const list = chainListSchema.parse(await fetchApi('/api/chains'));
  const details = await Promise.all(
    list.items.map(async (item) =>
      chainDetailSchema.parse(await fetchApi(`/api/chains/${item.id}`)),
    ),
  );
  const variety = (detail: ChainDetail) =>
    new Set(fiveOneItems.map((item) => detail.fiveOnes[item].state)).size;
  const links = (detail: ChainDetail) => detail.chainMap.flatMap((segment) => segment.links);
  // Every detail on screen and more than one five-one state, so the checks tell them apart.
  const complete = details.filter(
    (detail) =>
      detail.fiveOnes.leader_firm.leaderFirm &&
      detail.fiveOnes.chief_scientist.chiefScientist &&
      detail.fiveOnes.task_force.taskForce &&
      detail.fiveOnes.policy_package.policies.some(
        (policy) => policy.budgetWan && policy.disbursedWan,
      ) &&
      links(detail).some((link) => link.strength === 'weak') &&
      links(detail).some((link) => link.strength === 'missing'),
  );
  const picked = complete.toSorted((a, b) => variety(b) - variety(a))[0];
  const sparse = details.find((detail) => detail.fiveOnes.leader_firm.leaderFirm === null);
  if (!picked || !sparse) throw new Error('The sample city lacks the chains these tests need');
  chain = picked;
  sparseChain = sparse;
  indicators = chainIndicatorsSchema.parse(await fetchApi(`/api/chains/${chain.id}/indicators`));
});

afterEach(() => {
  apiClientSettings.timeoutMs = 20_000;
});

/** The definition that follows a term in a description list. */
function definitionOf(container: HTMLElement, term: string): string {
  const dt = within(container)
    .getAllByRole('term')
    .find((candidate) => candidate.textContent === term);
  if (!dt?.nextElementSibling) throw new Error(`No term ${term}`);
  return spokenText(dt.nextElementSibling);
}

/** Each body row of a table as the spoken text of its cells. */
function bodyRows(table: HTMLElement): string[][] {
  const [, ...rows] = within(table).getAllByRole('row');
  return rows.map((row) => within(row).getAllByRole('cell').map(spokenText));
}

const number = (value: number, digits = 2) =>
  new Intl.NumberFormat('zh-CN', { maximumFractionDigits: digits }).format(value);
const wan = (value: number) => `${number(value, 1)} 万元`;
const percent = (ratio: number) =>
  new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 }).format(ratio);

/** Matches an accessible name that begins with `prefix` and goes on after a space. */
function startsWith(prefix: string): RegExp {
  return new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `);
}

function linkWithMostFirms(detail: ChainDetail): ChainLink {
  const links = detail.chainMap.flatMap((segment) => segment.links);
  const [first, ...rest] = links;
  if (!first) throw new Error(`${detail.name} has no links`);
  return rest.reduce((best, link) => (link.firms.length > best.firms.length ? link : best), first);
}

describe('chain page', () => {
  it('shows the chain, its status and the details of its five ones', async () => {
    renderApp(`/chains/${chain.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: chain.name })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const header = screen.getByRole('region', { name: chain.name });
    expect(definitionOf(header, '运行状态')).toBe(statusText[chain.status]);
    expect(definitionOf(header, '链长')).toContain(chain.leaderName);
    if (chain.statusNote) expect(definitionOf(header, '状态说明')).toBe(chain.statusNote);
    expect(definitionOf(header, '企业')).toBe(number(chain.firmCount));
    expect(screen.getByRole('link', { name: '查看全部企业' })).toHaveAttribute(
      'href',
      `/firms?chain=${chain.id}`,
    );
    expect(screen.getByRole('link', { name: '返回总览' })).toHaveAttribute('href', '/');

    for (const item of fiveOneItems) {
      const section = screen.getByRole('region', { name: fiveOneItemText[item] });
      expect(section).toHaveAttribute('id', `five-one-${item}`);
      expect(
        within(section).getByText(fiveOneStateText[chain.fiveOnes[item].state]),
      ).toBeInTheDocument();
    }

    const leaderFirm = chain.fiveOnes.leader_firm.leaderFirm;
    const leaderSection = screen.getByRole('region', { name: '链主企业' });
    const firmLink = within(leaderSection).getByRole('link', { name: leaderFirm?.firm.name });
    expect(firmLink).toHaveAttribute('href', `/firms/${leaderFirm?.firm.id}`);
    expect(definitionOf(leaderSection, '确定理由')).toBe(leaderFirm?.reason);

    const scientist = chain.fiveOnes.chief_scientist.chiefScientist;
    const scientistSection = screen.getByRole('region', { name: '首席科学家' });
    expect(definitionOf(scientistSection, '姓名')).toBe(scientist?.name);
    expect(definitionOf(scientistSection, '单位')).toBe(scientist?.affiliation);

    const members = chain.fiveOnes.task_force.taskForce?.members ?? [];
    const memberRows = bodyRows(screen.getByRole('table', { name: '专班成员' }));
    expect(memberRows.map(([name, role]) => [name, role])).toEqual(
      members.map((member) => [member.name, member.role]),
    );

    const policies = chain.fiveOnes.policy_package.policies;
    const policyRows = bodyRows(screen.getByRole('table', { name: /政策清单/ }));
    expect(policyRows.map((row) => row[0])).toEqual(
      policies
        .toSorted((a, b) => (b.issuedOn ?? '').localeCompare(a.issuedOn ?? ''))
        .map((policy) => policy.title),
    );
    const funded = policies.findIndex((policy) => policy.budgetWan && policy.disbursedWan);
    const policy = policies[funded];
    if (!policy?.budgetWan || !policy.disbursedWan) throw new Error('No funded policy');
    expect(policyRows[funded]?.[5]).toBe(wan(policy.budgetWan));
    expect(policyRows[funded]?.[6]).toBe(
      `${wan(policy.disbursedWan)}（${percent(policy.disbursedWan / policy.budgetWan)}）`,
    );
  });

  it('says which of the five ones are missing and why', async () => {
    renderApp(`/chains/${sparseChain.id}`);

    const section = await screen.findByRole('region', { name: '链主企业' });
    expect(
      within(section).getByText(fiveOneStateText[sparseChain.fiveOnes.leader_firm.state]),
    ).toBeInTheDocument();
    expect(within(section).getByText('尚未填报。')).toBeInTheDocument();
    const note = sparseChain.fiveOnes.leader_firm.note;
    if (note) expect(within(section).getByText(note)).toBeInTheDocument();
  });

  it('focuses the five-one section the URL hash names', async () => {
    renderApp(`/chains/${chain.id}#five-one-task_force`);

    const section = await screen.findByRole('region', { name: '工作专班' });
    await waitFor(() => expect(section).toHaveFocus());
  });

  it('keeps the fact of the map legend (优势/薄弱/缺失) apart from the action (强链/补链/延链)', async () => {
    renderApp(`/chains/${chain.id}`);
    const map = await screen.findByRole('region', { name: '产业链图谱' });
    const legend = within(map).getByRole('list', { name: '图例' });
    const entries = within(legend).getAllByRole('listitem').map(spokenText);
    expect(entries).toHaveLength(3);
    const [strong, weak, missing] = entries;
    // Each strength is named with the action it calls for: a missing link is not itself 延链.
    expect(strong).toMatch(/^优势.*强链/);
    expect(strong).not.toMatch(/补链|延链/);
    expect(weak).toMatch(/^薄弱.*补链/);
    expect(weak).not.toMatch(/强链|延链/);
    expect(missing).toMatch(/^缺失.*补链或延链/);
  });

  it('shows the chain map and lists the firms of the link chosen, in the URL', async () => {
    const { user, history } = renderApp(`/chains/${chain.id}`);

    const map = await screen.findByRole('region', { name: '产业链图谱' });
    for (const segment of chain.chainMap) {
      const column = within(map).getByRole('region', { name: segment.name });
      const buttons = within(column).getAllByRole('button');
      expect(buttons.map(spokenText)).toEqual(
        segment.links
          .toSorted((a, b) => a.sortOrder - b.sortOrder)
          .map((link) => `${link.name} ${strengthText[link.strength]} ${link.firmCount} 家`),
      );
    }
    expect(
      within(map)
        .getAllByRole('heading', { level: 3 })
        .slice(0, 3)
        .map((heading) => heading.textContent),
    ).toEqual(
      ['upstream', 'midstream', 'downstream'].map(
        (position) => chain.chainMap.find((segment) => segment.position === position)?.name,
      ),
    );

    const link = linkWithMostFirms(chain);
    const button = within(map).getByRole('button', { name: startsWith(link.name) });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);

    const panel = await within(map).findByRole('region', { name: `${link.name}：相关企业` });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(new URLSearchParams(history.location.search).get('link')).toBe(String(link.id));
    const firmLinks = within(panel).getAllByRole('link');
    expect(firmLinks.map((firm) => firm.textContent)).toEqual(link.firms.map((firm) => firm.name));
    const [firstFirm] = link.firms;
    if (!firstFirm) throw new Error('The link has no firms');
    const tags = within(panel).getAllByRole('list', { name: '企业标签' })[0];
    if (firstFirm.tags.length > 0 && tags) {
      expect(within(tags).getAllByRole('listitem')).toHaveLength(firstFirm.tags.length);
    }

    history.back();
    await waitFor(() =>
      expect(within(map).queryByRole('region', { name: `${link.name}：相关企业` })).toBeNull(),
    );
    expect(within(map).getByRole('button', { name: startsWith(link.name) })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    history.forward();
    const reopened = await within(map).findByRole('region', { name: `${link.name}：相关企业` });
    await user.click(within(reopened).getByRole('link', { name: firstFirm.name }));
    await waitFor(() => expect(history.location.pathname).toBe(`/firms/${firstFirm.id}`));
  });

  it('closes the firm list with its close button', async () => {
    const link = linkWithMostFirms(chain);
    const { user, history } = renderApp(`/chains/${chain.id}?link=${link.id}`);

    const panel = await screen.findByRole('region', { name: `${link.name}：相关企业` });
    await user.click(within(panel).getByRole('button', { name: '关闭企业列表' }));

    await waitFor(() => expect(history.location.search).not.toContain('link='));
    expect(screen.getByRole('region', { name: '环节企业' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: startsWith(link.name) })).toHaveFocus();
  });

  it('shows an indicator as a table of its values, targets and ratings', async () => {
    const { user } = renderApp(`/chains/${chain.id}`);

    const [indicator] = indicators.indicators.toSorted((a, b) => a.sortOrder - b.sortOrder);
    if (!indicator) throw new Error('The chain has no indicators');
    const card = await screen.findByRole('region', { name: indicator.name });
    expect(within(card).getByRole('img', { name: /图表/ })).toBeInTheDocument();
    const toggle = within(card).getByRole('button', { name: '以表格查看' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const table = within(card).getByRole('table', {
      name: `${indicator.name}各期数值（${indicator.unit}）`,
    });
    expect(bodyRows(table)).toEqual(
      indicator.values.map((value) => [
        value.period,
        value.value === null ? '未报送' : number(value.value),
        number(value.target),
        number(value.warningThreshold),
        number(value.excellentThreshold),
        value.rating ? ratingText[value.rating] : '未报送',
        // Where the figure comes from: its day, its source; the sample's were entered by no one.
        value.asOf === null
          ? '—'
          : new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeZone: 'UTC' }).format(
              new Date(`${value.asOf}T00:00:00Z`),
            ),
        value.source ?? '—',
        '—',
        // The signed-in administrator may withdraw a quarter entered by mistake.
        '撤回',
      ]),
    );
  });

  it('draws a selection of a 10,000-period series, says so, and lists every period in the table', async () => {
    const [indicator] = indicators.indicators.toSorted((a, b) => a.sortOrder - b.sortOrder);
    const [first] = indicator?.values ?? [];
    if (!indicator || !first) throw new Error('The chain has no indicator values');
    const values: IndicatorValue[] = Array.from({ length: 10_000 }, (_, index) => ({
      ...first,
      id: index + 1,
      period: `P${index + 1}`,
      value: 100 + 50 * Math.sin(index / 300) + (index % 7),
    }));
    api.server.use(
      http.get('*/api/chains/:chainId/indicators', () =>
        HttpResponse.json({ ...indicators, indicators: [{ ...indicator, values }] }),
      ),
    );
    // jsdom lays nothing out: give the chart's container a size and a ResizeObserver.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      const chartArea = this.classList.contains('recharts-wrapper');
      return DOMRect.fromRect(chartArea ? { width: 600, height: 280 } : {});
    });
    try {
      const { user } = renderApp(`/chains/${chain.id}`);

      const card = await screen.findByRole('region', { name: indicator.name });
      const note = within(card).getByText(/^图表显示 10,000 期中的 [\d,]+ 期/);
      const shown = Number(/中的 ([\d,]+) 期/.exec(note.textContent ?? '')?.[1]?.replace(',', ''));
      expect(shown).toBeGreaterThan(displayPointLimit - 10);
      expect(shown).toBeLessThanOrEqual(displayPointLimit);
      // The value line: one path command per point drawn.
      const chart = within(card).getByRole('img', { name: /图表/ });
      const line = await waitFor(() => {
        const path = chart.querySelector('.recharts-line path[stroke="var(--brand)"]');
        if (!path) throw new Error('The value line is not drawn');
        return path;
      });
      expect(line.getAttribute('d')?.match(/[ML]/g)).toHaveLength(shown);

      await user.click(within(card).getByRole('button', { name: '以表格查看' }));

      expect(within(card).getByText('共 10,000 条')).toBeInTheDocument();
      expect(within(card).getByText('第 1 页，共 100 页')).toBeInTheDocument();
      const table = within(card).getByRole('table');
      expect(bodyRows(table).map(([period]) => period)).toEqual(
        values.slice(0, 100).map((value) => value.period),
      );
      await user.click(within(card).getByRole('button', { name: '下一页' }));
      expect(bodyRows(table)[0]?.[0]).toBe('P101');
    } finally {
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
    }
  });

  it('is all in English on an English page', async () => {
    renderApp(`/chains/${chain.id}`, { language: 'en-US' });

    expect(
      await screen.findByRole('heading', { level: 1, name: chain.nameEn ?? '' }),
    ).toBeInTheDocument();
    for (const title of ['Chain map', 'Leader firm', 'Task force', 'Indicators', 'Host parks']) {
      expect(screen.getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
    }
    await screen.findAllByRole('button', { name: 'View as table' });
    const headings = screen.getAllByRole('heading').map((heading) => heading.textContent ?? '');
    expect(headings.filter((text) => /[\u3400-\u9fff]/.test(text))).toEqual([]);
  });

  it('shows a server error and loads the chain when 重试 is pressed', async () => {
    api.server.use(serverError({ path: '*/api/chains/:id' }));
    const { user } = renderApp(`/chains/${chain.id}`);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('服务器出错（500）');
    api.server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: '重试' }));

    expect(await screen.findByRole('heading', { level: 1, name: chain.name })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when the server cannot be reached', async () => {
    api.server.use(networkError());
    renderApp(`/chains/${chain.id}`);

    expect(await screen.findByRole('alert')).toHaveTextContent('无法连接到服务器');
  });

  it('says when the server does not answer in time', async () => {
    apiClientSettings.timeoutMs = 200;
    api.server.use(hang());
    renderApp(`/chains/${chain.id}`);

    expect(await screen.findByRole('alert')).toHaveTextContent('服务器长时间没有响应');
  });

  it('shows 记录不存在 for an unknown chain', async () => {
    renderApp('/chains/999999');

    expect(
      await screen.findByRole('heading', { level: 1, name: '记录不存在' }),
    ).toBeInTheDocument();
  });
});
