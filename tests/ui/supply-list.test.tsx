import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chainListSchema } from '@server/contract/chains';
import { chainInvestmentSchema, type ChainInvestment } from '@server/contract/investment';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { fetchApi } from '../support/zh-words';

const api = setupApiServer({ signIn: 'viewer' });

/** A chain whose leader has a supply list, some of it mostly bought from outside. */
async function chainWithSupplyList(): Promise<{ id: number; name: string; data: ChainInvestment }> {
  const chains = chainListSchema.parse(await fetchApi('/api/chains'));
  for (const chain of chains.items) {
    const data = chainInvestmentSchema.parse(await fetchApi(`/api/chains/${chain.id}/investment`));
    if (data.leaderFirm && data.supplyItems.some((item) => item.localSharePercent < 30)) {
      return { id: chain.id, name: chain.name, data };
    }
  }
  throw new Error('The sample city has no chain leader with a supply list');
}

describe('the chain leader’s supply list', () => {
  it('shows the leader firm and the chain’s items, low local shares marked 补链机会', async () => {
    const chain = await chainWithSupplyList();
    renderApp(`/chains/${chain.id}`);
    const section = await screen.findByRole('region', { name: '链主供需清单' });
    await within(section).findByText(chain.data.leaderFirm?.name ?? '');
    const table = within(section).getByRole('table', { name: '链主供需清单，按环节排列' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(chain.data.supplyItems.length);
    for (const item of chain.data.supplyItems) {
      const row = within(table).getByRole('rowheader', { name: new RegExp(`^${item.item}`) })
        .parentElement as HTMLElement;
      expect(row).toHaveTextContent(`${item.localSharePercent}%`);
      expect(row).toHaveTextContent(item.link.name);
      expect(within(row).queryByText('补链机会') !== null).toBe(item.localSharePercent < 30);
    }
    // A viewer changes nothing.
    expect(within(section).queryByRole('button', { name: '新增供需条目' })).toBeNull();
  });

  it('lets the chain’s editor add an item, refusing a local share out of 0–100 at the field', async () => {
    const chain = await chainWithSupplyList();
    await api.signInAs({ role: 'editor', chainIds: [chain.id] });
    try {
      const { user } = renderApp(`/chains/${chain.id}`);
      const section = await screen.findByRole('region', { name: '链主供需清单' });
      await user.click(await within(section).findByRole('button', { name: '新增供需条目' }));
      const dialog = await screen.findByRole('dialog', { name: '新增供需条目' });
      const links = chain.data.segments.flatMap((segment) => segment.links);
      const missing = links.find((link) => link.strength === 'missing') ?? links[0];
      if (!missing) throw new Error('The chain has no links');
      await user.selectOptions(
        within(dialog).getByRole('combobox', { name: '环节' }),
        String(missing.id),
      );
      await user.type(within(dialog).getByRole('textbox', { name: '采购品类' }), '测试用高纯靶材');
      await user.type(within(dialog).getByRole('spinbutton', { name: '年采购额（亿元）' }), '3.5');
      const share = within(dialog).getByRole('spinbutton', { name: '本地配套率（%）' });
      await user.type(share, '120');
      await user.click(within(dialog).getByRole('button', { name: '保存' }));
      await waitFor(() => expect(share).toHaveAttribute('aria-invalid', 'true'));
      expect(share).toHaveAccessibleDescription(/./);
      expect(screen.getByRole('dialog', { name: '新增供需条目' })).toBeInTheDocument();

      await user.clear(share);
      await user.type(share, '12');
      await user.click(within(dialog).getByRole('button', { name: '保存' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      const row = (await within(section).findByRole('rowheader', { name: /^测试用高纯靶材/ }))
        .parentElement as HTMLElement;
      expect(row).toHaveTextContent('12%');
      expect(row).toHaveTextContent('补链机会');
      const stored = chainInvestmentSchema.parse(
        await fetchApi(`/api/chains/${chain.id}/investment`),
      );
      expect(stored.supplyItems.find((item) => item.item === '测试用高纯靶材')).toMatchObject({
        localSharePercent: 12,
        annualPurchaseYi: 3.5,
        link: { id: missing.id },
      });
    } finally {
      await api.signInAs('viewer');
    }
  });
});
