import { fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { SAMPLE_TODAY } from '../support/sample-clock';
import { chainsInOrder, type ChainRef } from '../support/sample-chains';

const api = setupApiServer();
let first: ChainRef;
let second: ChainRef;

beforeAll(async () => {
  [first, second] = (await chainsInOrder(api.db)) as [ChainRef, ChainRef];
  const other = await api.otherUser();
  for (const [chain, statusNote] of [
    [first, '甲链的新说明'],
    [second, '乙链的新说明'],
  ] as const) {
    const response = await api.app.request(`/api/chains/${chain.id}/status`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: other.cookie },
      body: JSON.stringify({ status: 'amber', statusNote, version: chain.version }),
    });
    expect(response.status).toBe(200);
  }
});

describe('the city-wide audit trail', () => {
  it('lists every change for an administrator and filters by chain from the address', async () => {
    renderApp('/admin/audit');
    expect(
      await screen.findByRole('heading', { level: 1, name: '全市修改记录' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('甲链的新说明')).toBeInTheDocument();
    expect(screen.getByText('乙链的新说明')).toBeInTheDocument();
    // City-wide, each change says which chain it was on.
    const entry = screen.getByText('乙链的新说明').closest('li');
    if (!entry) throw new Error('no entry');
    expect(await within(entry).findByRole('link', { name: second.name })).toHaveAttribute(
      'href',
      `/chains/${second.id}`,
    );
  });

  it('narrows to one chain and one kind of record when chosen', async () => {
    const { user, history } = renderApp('/admin/audit');
    await screen.findByText('乙链的新说明');
    await user.selectOptions(screen.getByRole('combobox', { name: '产业链' }), first.name);
    await user.selectOptions(screen.getByRole('combobox', { name: '记录类型' }), '产业链状态');
    expect(history.location.search).toContain(`chain=${first.id}`);
    expect(history.location.search).toContain('entityType=chain_status');
    expect(await screen.findByText('甲链的新说明')).toBeInTheDocument();
    expect(screen.queryByText('乙链的新说明')).not.toBeInTheDocument();
    // The export control has a status of its own (empty until it exports).
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('共 1 条');
  });

  it('keeps the days chosen in the address and lists only the changes made on them', async () => {
    const { history } = renderApp('/admin/audit');
    await screen.findByText('乙链的新说明');
    // The changes above were made on the sample day: a range ending the day before has none.
    fireEvent.change(screen.getByLabelText('截止日期'), { target: { value: '2026-06-14' } });
    expect(await screen.findByText('还没有修改记录。')).toBeInTheDocument();
    expect(history.location.search).toContain('to=2026-06-14');
    expect(screen.queryByText('甲链的新说明')).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('截止日期'), { target: { value: SAMPLE_TODAY } });
    fireEvent.change(screen.getByLabelText('起始日期'), { target: { value: SAMPLE_TODAY } });
    expect(await screen.findByText('甲链的新说明')).toBeInTheDocument();
    expect(history.location.search).toContain(`from=${SAMPLE_TODAY}`);
    expect(history.location.search).toContain(`to=${SAMPLE_TODAY}`);
  });

  it('reads a day from a pasted link, and ignores one that is no day', async () => {
    renderApp('/admin/audit?from=2026-06-16&to=2026-02-30');
    expect(await screen.findByLabelText('起始日期')).toHaveValue('2026-06-16');
    expect(screen.getByLabelText('截止日期')).toHaveValue('');
    expect(await screen.findByText('还没有修改记录。')).toBeInTheDocument();
  });

  it('shows the link to administrators only, and a no-permission state to others', async () => {
    const overview = renderApp('/');
    const nav = await screen.findByRole('navigation');
    expect(within(nav).getByRole('link', { name: '修改记录' })).toBeInTheDocument();
    overview.unmount();
    await api.signInAs({ role: 'editor', chainIds: [first.id] });
    try {
      renderApp('/admin/audit');
      expect(
        await screen.findByRole('heading', {
          name: '只有系统管理员和审计管理员可以查看全市修改记录。',
        }),
      ).toBeInTheDocument();
      expect(screen.queryByText('甲链的新说明')).not.toBeInTheDocument();
    } finally {
      await api.signInAs('admin');
    }
  });

  it('shows the audit administrator every change without the chains’ data', async () => {
    await api.signInAs({ role: 'audit_admin' });
    try {
      const { user } = renderApp('/admin/audit');
      expect(await screen.findByText('乙链的新说明')).toBeInTheDocument();
      // Chains are named by number and lead nowhere: their pages are not for this role.
      const entry = screen.getByText('乙链的新说明').closest('li');
      if (!entry) throw new Error('no entry');
      expect(within(entry).getByText(`产业链 #${second.id}`)).toBeInTheDocument();
      expect(within(entry).queryByRole('link')).not.toBeInTheDocument();
      expect(within(entry).queryByRole('button', { name: /撤销/ })).not.toBeInTheDocument();
      expect(screen.queryByRole('combobox', { name: '产业链' })).not.toBeInTheDocument();

      await user.selectOptions(screen.getByRole('combobox', { name: '记录类型' }), '产业链状态');
      expect(await screen.findByText('甲链的新说明')).toBeInTheDocument();
    } finally {
      await api.signInAs('admin');
    }
  });
});
