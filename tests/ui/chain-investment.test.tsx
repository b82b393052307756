import { screen, waitFor, within } from '@testing-library/react';
import { and, eq, ne } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { chainLinks, chainSegments, departments, leads, targetFirms } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { firstChain } from '../support/sample-chains';

const api = setupApiServer();

/** A weak or missing link of the chain, with a target firm to court for it. */
async function gapOf(chainId: number) {
  const [link] = await api.db
    .select({ id: chainLinks.id, name: chainLinks.name })
    .from(chainLinks)
    .innerJoin(chainSegments, eq(chainSegments.id, chainLinks.segmentId))
    .where(and(eq(chainSegments.chainId, chainId), ne(chainLinks.strength, 'strong')))
    .limit(1);
  if (!link) throw new Error('the chain has no gap');
  return link;
}

describe('the chain page’s investment map', () => {
  it('lets an editor of the chain add a lead on a link, which then shows on it', async () => {
    const chain = await firstChain(api.db);
    const link = await gapOf(chain.id);
    const [firm] = await api.db.select().from(targetFirms).limit(1);
    const [department] = await api.db.select().from(departments).limit(1);
    if (!firm || !department) throw new Error('no target firm or department');
    await api.signInAs({ role: 'editor', chainIds: [chain.id] });

    const { user } = renderApp(`/chains/${chain.id}`);
    const map = await screen.findByRole('region', { name: '招商图谱' });
    const card = await within(map).findByRole('article', { name: link.name });
    await user.click(within(card).getByRole('button', { name: `为环节“${link.name}”新增线索` }));

    const dialog = await screen.findByRole('dialog', { name: '新增线索' });
    expect(within(dialog).getByRole('combobox', { name: '环节' })).toHaveValue(String(link.id));
    // A gap calls for 补链.
    expect(within(dialog).getByRole('combobox', { name: '类型' })).toHaveValue('fill');
    await user.type(within(dialog).getByRole('searchbox', { name: '搜索目标企业' }), firm.name);
    const firms = within(dialog).getByRole('listbox', { name: '目标企业' });
    await within(firms).findByRole('option', { name: new RegExp(firm.name) });
    await user.selectOptions(firms, String(firm.id));
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: '负责部门' }),
      department.name,
    );
    // Only the dates up to the stage show: at 线索, no 接洽 date.
    expect(within(dialog).queryByLabelText('接洽日期')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const stored = await api.db
      .select()
      .from(leads)
      .where(and(eq(leads.linkId, link.id), eq(leads.targetFirmId, firm.id)));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ action: 'fill', stage: 'identified' });
    await waitFor(() =>
      expect(within(card).getByRole('link', { name: firm.name })).toHaveAttribute(
        'href',
        `/investment/leads/${stored[0]?.id}`,
      ),
    );
    await api.signInAs('admin');
  });

  it('shows a viewer the map without add buttons', async () => {
    const chain = await firstChain(api.db);
    await api.signInAs('viewer');
    renderApp(`/chains/${chain.id}`);
    const map = await screen.findByRole('region', { name: '招商图谱' });
    await within(map).findAllByRole('article');
    expect(within(map).queryByRole('button', { name: /新增线索/ })).toBeNull();
    expect(within(map).queryByRole('button', { name: /确认上调/ })).toBeNull();
    await api.signInAs('admin');
  });
});
