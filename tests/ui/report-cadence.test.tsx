import { screen, waitFor, within } from '@testing-library/react';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { chains, taskForces } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';

/*
 * The sample city on Monday 2026-06-15: 新型显示's task force reports every two weeks and filed
 * nothing dated 05-04 to 05-17; the current period runs to 06-28.
 */

const api = setupApiServer({ signIn: 'viewer' });
let chain: { id: number; name: string };

beforeAll(async () => {
  const [row] = await api.db
    .select({ id: chains.id, name: chains.name })
    .from(chains)
    .where(eq(chains.code, 'new-display'));
  if (!row) throw new Error('The sample has no 新型显示 chain');
  chain = row;
});

const taskForceSection = () => screen.findByRole('region', { name: '工作专班' });

describe('task force report cadence', () => {
  it('shows the cadence, the next due date and the missing periods, without a reminder for a viewer', async () => {
    await api.signInAs('viewer');
    renderApp(`/chains/${chain.id}`);
    const section = await taskForceSection();
    expect(await within(section).findByText('缺报 1 期：5月4日–5月17日')).toBeInTheDocument();
    expect(within(section).getByText('报告频次').nextElementSibling).toHaveTextContent('每两周');
    expect(within(section).getByText('下次报告截止').nextElementSibling).toHaveTextContent(
      '2026年6月28日',
    );
    expect(screen.queryByRole('status', { name: '专班报告提醒' })).not.toBeInTheDocument();
  });

  it('reminds the chain’s editors of the missing report', async () => {
    await api.signInAs({ role: 'editor', chainIds: [chain.id] });
    renderApp(`/chains/${chain.id}`);
    const reminder = await screen.findByRole('status', { name: '专班报告提醒' });
    expect(reminder).toHaveTextContent('专班缺报 1 期：5月4日–5月17日，请补报。');
  });

  it('lists the chains with missing reports on the overview', async () => {
    await api.signInAs('viewer');
    renderApp('/');
    const section = await screen.findByRole('region', { name: '专班缺报' });
    const link = within(section).getByRole('link', { name: chain.name });
    expect(link.closest('li')).toHaveTextContent('缺报 1 期（每两周）：5月4日–5月17日');
  });

  it('edits the cadence in the task force’s dialog and judges the reports by it', async () => {
    await api.signInAs({ role: 'editor', chainIds: [chain.id] });
    const { user } = renderApp(`/chains/${chain.id}`);
    await user.click(await screen.findByRole('button', { name: '编辑工作专班' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑工作专班' });
    const cadence = within(dialog).getByRole('combobox', { name: '报告频次' });
    expect(cadence).toHaveDisplayValue('每两周');
    await user.selectOptions(cadence, '每月');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const [stored] = await api.db
      .select({ cadence: taskForces.reportCadence })
      .from(taskForces)
      .where(eq(taskForces.chainId, chain.id));
    expect(stored?.cadence).toBe('monthly');
    // Monthly, April, May and June each have a report: nothing missing, no reminder.
    const section = await taskForceSection();
    expect(await within(section).findByText('无缺报')).toBeInTheDocument();
    expect(within(section).getByText('报告频次').nextElementSibling).toHaveTextContent('每月');
    expect(screen.queryByRole('status', { name: '专班报告提醒' })).not.toBeInTheDocument();
  });
});
