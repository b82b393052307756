import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InvestmentFunnel } from '@server/contract/investment';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { firstChain } from '../support/sample-chains';
import { searchOf } from '../support/screen-text';

const api = setupApiServer();

/** What the API answers the signed-in user, as the screen asked for it. */
async function apiFunnel(search = ''): Promise<InvestmentFunnel> {
  const response = await api.app.request(`/api/investment/funnel${search}`, {
    headers: { cookie: api.cookie() },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as InvestmentFunnel;
}

/** Each body row of the table as its cells' text: the stage, then its figures. */
function rowsOf(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').textContent,
      ...within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ]);
}

const stageNames = {
  identified: '线索',
  contacted: '接洽',
  visited: '考察',
  negotiating: '洽谈',
  signed: '签约',
};

function expectedRows(funnel: InvestmentFunnel['total']) {
  return funnel.stages.map((stage) => [
    stageNames[stage.stage],
    stage.reached.toLocaleString('zh-CN'),
    stage.current.toLocaleString('zh-CN'),
    stage.conversionPercent === null
      ? '—'
      : new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 }).format(
          stage.conversionPercent / 100,
        ),
    new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(stage.investmentYi),
  ]);
}

describe('the city investment page', () => {
  it('shows the city’s funnel with the API’s figures, then the chosen chain’s', async () => {
    const { user, history } = renderApp('/investment');
    expect(await screen.findByRole('heading', { level: 1, name: '补链招商' })).toBeVisible();

    const city = await apiFunnel();
    expect(city.total.stages.some((stage) => stage.reached > 0)).toBe(true);
    const cityTable = await screen.findByRole('table', { name: /全市招商漏斗/ });
    expect(rowsOf(cityTable).map((row) => row.slice(0, 3))).toEqual(
      expectedRows(city.total).map((row) => row.slice(0, 3)),
    );

    const chain = await firstChain(api.db);
    await user.selectOptions(screen.getByRole('combobox', { name: '范围' }), chain.name);
    await waitFor(() => expect(searchOf(history).get('chain')).toBe(String(chain.id)));
    const ofChain = await apiFunnel(`?chain=${chain.id}`);
    const chainTable = await screen.findByRole('table', {
      name: new RegExp(`${chain.name}招商漏斗`),
    });
    expect(rowsOf(chainTable).map((row) => row.slice(0, 3))).toEqual(
      expectedRows(ofChain.total).map((row) => row.slice(0, 3)),
    );
  });

  it('compares the chains, one row each with the signed leads the API counts', async () => {
    renderApp('/investment');
    const funnel = await apiFunnel();
    const table = await screen.findByRole('table', { name: /各产业链各阶段/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(funnel.chains.length);
    const first = funnel.chains[0];
    const signed = first?.stages.find((stage) => stage.stage === 'signed')?.reached ?? 0;
    const cells = within(rows[0] as HTMLElement).getAllByRole('cell');
    expect(cells[4]?.textContent).toBe(signed.toLocaleString('zh-CN'));
  });

  it('lists the campaigns, each linking to its leads', async () => {
    const { user, history } = renderApp('/investment');
    const table = await screen.findByRole('table', { name: '招商活动及成效' });
    const link = within(table).getAllByRole('link')[0];
    if (!link) throw new Error('no campaign');
    await user.click(link);
    await waitFor(() => expect(searchOf(history).get('campaign')).not.toBeNull());
    expect(await screen.findByRole('heading', { level: 1, name: '招商线索' })).toBeVisible();
  });

  it('offers an administrator to add a campaign, and a viewer not', async () => {
    renderApp('/investment');
    expect(await screen.findByRole('button', { name: '新增招商活动' })).toBeVisible();

    await api.signInAs('viewer');
    const view = renderApp('/investment');
    await screen.findAllByRole('table', { name: '招商活动及成效' });
    expect(within(view.container).queryByRole('button', { name: '新增招商活动' })).toBeNull();
    expect(within(view.container).queryByRole('button', { name: /编辑招商活动/ })).toBeNull();
    await api.signInAs('admin');
  });

  it('speaks English', async () => {
    renderApp('/investment', { language: 'en-US' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Investment promotion' }),
    ).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'Investment funnel' })).toBeVisible();
    const table = await screen.findByRole('table', { name: /Investment funnel of Whole city/ });
    expect(within(table).getByRole('columnheader', { name: 'Reached' })).toBeVisible();
    expect(within(table).getByRole('rowheader', { name: 'Signed' })).toBeVisible();
  });
});
