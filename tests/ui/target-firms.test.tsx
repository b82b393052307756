import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { chainListSchema } from '@server/contract/chains';
import { targetFirmPageSchema } from '@server/contract/investment';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { searchOf } from '../support/screen-text';
import { fetchApi } from '../support/zh-words';

const api = setupApiServer();

async function targetFirms(query = '') {
  return targetFirmPageSchema.parse(await fetchApi(`/api/target-firms${query}`));
}

/** The names in the table's first column, as the list shows them. */
function shownNames(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('link')[0]?.textContent ?? '');
}

describe('the target-firm list', () => {
  it('keeps its chain, link and source filters in the URL and lists what the API selects', async () => {
    const chains = chainListSchema.parse(await fetchApi('/api/chains'));
    // A chain with target firms on more than one of its links, so the link filter narrows, and a
    // link with firms from the chain leader's supply list, so the source filter leaves rows to read.
    let picked: { chainId: number; linkId: number; name: string } | undefined;
    for (const chain of chains.items) {
      const page = await targetFirms(`?chain=${chain.id}`);
      if (page.total <= 1) continue;
      for (const linkId of new Set(
        page.items.flatMap((firm) => firm.links.map((link) => link.id)),
      )) {
        const fromSupplyList = await targetFirms(
          `?chain=${chain.id}&link=${linkId}&source=supply_list`,
        );
        if (fromSupplyList.total > 0) {
          picked = { chainId: chain.id, linkId, name: chain.name };
          break;
        }
      }
      if (picked) break;
    }
    if (!picked)
      throw new Error('The sample city has no link with target firms from a supply list');
    const all = await targetFirms();
    const ofChain = await targetFirms(`?chain=${picked.chainId}`);
    expect(ofChain.total).toBeLessThan(all.total);

    const { user, history } = renderApp('/investment/target-firms');
    const table = await screen.findByRole('table', { name: '招商目标企业列表' });
    await waitFor(() => expect(shownNames(table)).toEqual(all.items.map((firm) => firm.name)));

    const chainFilter = screen.getByRole('combobox', { name: '产业链' });
    await within(chainFilter).findByRole('option', { name: picked.name });
    await user.selectOptions(chainFilter, picked.name);
    await waitFor(() => expect(searchOf(history).get('chain')).toBe(String(picked.chainId)));
    await waitFor(() => expect(shownNames(table)).toEqual(ofChain.items.map((firm) => firm.name)));

    // The link filter offers the chosen chain's links, each with its strength.
    const linkFilter = await screen.findByRole('combobox', { name: '环节' });
    await waitFor(() =>
      expect(within(linkFilter).getAllByRole('option').length).toBeGreaterThan(1),
    );
    const linkOption = within(linkFilter)
      .getAllByRole('option')
      .find((option) => (option as HTMLOptionElement).value === String(picked.linkId));
    expect(linkOption?.textContent).toMatch(/（(优势|薄弱|缺失)）$/);
    await user.selectOptions(linkFilter, String(picked.linkId));
    await waitFor(() => expect(searchOf(history).get('link')).toBe(String(picked.linkId)));
    const ofLink = await targetFirms(`?chain=${picked.chainId}&link=${picked.linkId}`);
    await waitFor(() => expect(shownNames(table)).toEqual(ofLink.items.map((firm) => firm.name)));

    await user.selectOptions(screen.getByRole('combobox', { name: '来源' }), '链主供需清单');
    await waitFor(() => expect(searchOf(history).get('source')).toBe('supply_list'));

    const ofSource = await targetFirms(
      `?chain=${picked.chainId}&link=${picked.linkId}&source=supply_list`,
    );
    expect(ofSource.total).toBeGreaterThan(0);
    await waitFor(() => expect(shownNames(table)).toEqual(ofSource.items.map((firm) => firm.name)));
  });
});

describe('adding a target firm', () => {
  it('checks the form, puts the server’s 400 on its field, then saves and lists the firm', async () => {
    const chains = chainListSchema.parse(await fetchApi('/api/chains'));
    const chain = chains.items[0];
    if (!chain) throw new Error('The sample city has no chain');
    const { user } = renderApp('/investment/target-firms');
    await user.click(await screen.findByRole('button', { name: '新增目标企业' }));
    const dialog = await screen.findByRole('dialog', { name: '新增目标企业' });

    // Nothing typed: the contract's rule next to the field, nothing sent.
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    const name = within(dialog).getByRole('textbox', { name: '企业名称' });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));

    await user.type(name, '测试目标企业甲');
    await user.type(within(dialog).getByRole('textbox', { name: '总部所在省份' }), '江苏省');
    await user.type(within(dialog).getByRole('textbox', { name: '总部所在城市' }), '苏州市');
    await user.type(within(dialog).getByRole('textbox', { name: '主要产品' }), '精密减速器');
    const chainsGroup = within(dialog).getByRole('group', { name: '产业链' });
    await user.click(within(chainsGroup).getByRole('checkbox', { name: chain.name }));
    // The links offered are the ticked chain's, each with its strength.
    const links = within(dialog).getByRole('group', { name: /可补环节/ });
    const linkBoxes = await within(links).findAllByRole('checkbox');
    expect(linkBoxes.length).toBeGreaterThan(0);
    for (const box of linkBoxes) {
      expect(box.parentElement?.textContent).toMatch(
        new RegExp(`^${chain.name} · .+（(优势|薄弱|缺失)）$`),
      );
    }
    const firstLink = linkBoxes[0] as HTMLElement;
    await user.click(firstLink);

    api.server.use(
      http.post(
        '*/api/target-firms',
        () =>
          HttpResponse.json(
            {
              error: {
                code: 'invalid_request',
                message: 'Invalid request',
                fields: { creditCode: 'is already the code of another target firm' },
              },
            },
            { status: 400 },
          ),
        { once: true },
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    const creditCode = within(dialog).getByRole('textbox', { name: /统一社会信用代码/ });
    await waitFor(() => expect(creditCode).toHaveAttribute('aria-invalid', 'true'));
    expect(creditCode).toHaveAccessibleDescription(/./);

    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const saved = await targetFirms('?q=测试目标企业甲');
    expect(saved.items).toHaveLength(1);
    expect(saved.items[0]?.chains.map((c) => c.id)).toEqual([chain.id]);
    expect(saved.items[0]?.links).toHaveLength(1);
  });
});

describe('a viewer', () => {
  it('reads the list and a firm’s page with no add, edit or withdraw', async () => {
    const page = await targetFirms();
    const firm = page.items[0];
    if (!firm) throw new Error('The sample city has no target firm');
    await api.signInAs('viewer');
    try {
      renderApp('/investment/target-firms');
      await screen.findByRole('table', { name: '招商目标企业列表' });
      expect(screen.queryByRole('button', { name: '新增目标企业' })).not.toBeInTheDocument();

      renderApp(`/investment/target-firms/${firm.id}`);
      await screen.findByRole('heading', { level: 1, name: firm.name });
      expect(screen.queryByRole('button', { name: '编辑目标企业' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: '撤回' })).not.toBeInTheDocument();
    } finally {
      await api.signInAs('admin');
    }
  });
});
