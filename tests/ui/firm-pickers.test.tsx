import { screen, waitFor, within } from '@testing-library/react';
import { and, asc, eq, isNotNull, notExists } from 'drizzle-orm';
import type userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  chainLinkFirms,
  chainLinks,
  chains,
  firmChains,
  firms,
  problems,
  projects,
} from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';

/*
 * Every firm picker searches the server: 新型显示 has more firms than one list holds, and its
 * smallest must be as easy to find and choose as its largest.
 */

const api = setupApiServer();
let chainId: number;
let smallest: { id: number; name: string };

/** A distinctive part of a firm's name, as a user would type it: not its start, not 有限公司. */
const partOf = (name: string) => name.slice(2, Math.max(4, name.length - 4));

beforeAll(async () => {
  const [chain] = await api.db
    .select({ id: chains.id })
    .from(chains)
    .where(eq(chains.code, 'new-display'));
  if (!chain) throw new Error('no 新型显示 chain');
  chainId = chain.id;
  const chainFirms = await api.db
    .select({ id: firms.id, name: firms.name })
    .from(firms)
    .innerJoin(firmChains, eq(firmChains.firmId, firms.id))
    .where(and(eq(firmChains.chainId, chainId), isNotNull(firms.revenueYi)))
    .orderBy(asc(firms.revenueYi), asc(firms.id));
  // More than any list of the chain's "largest firms" would hold.
  expect(chainFirms.length).toBeGreaterThan(100);
  smallest = chainFirms[0] as { id: number; name: string };
});

/** Types in the picker's search box: the server is asked once typing pauses. */
async function searchFirms(
  user: ReturnType<typeof userEvent.setup>,
  dialog: HTMLElement,
  text: string,
) {
  await user.type(
    within(dialog).getByRole('searchbox', { name: '搜索企业（名称或信用代码）' }),
    text,
  );
}

describe('firm pickers', () => {
  it('find the chain’s smallest firm for a new project by part of its name, and save it', async () => {
    const { user } = renderApp(`/chains/${chainId}`);
    await user.click(await screen.findByRole('button', { name: '新增项目' }));
    const dialog = await screen.findByRole('dialog', { name: '新增项目' });
    await user.type(within(dialog).getByRole('textbox', { name: '项目名称' }), '小微显示配套项目');
    await user.type(within(dialog).getByRole('spinbutton', { name: '总投资（亿元）' }), '0.5');
    await searchFirms(user, dialog, partOf(smallest.name));
    const list = within(dialog).getByRole('listbox', { name: '实施企业' });
    await user.selectOptions(
      list,
      await within(list).findByRole('option', { name: smallest.name }),
    );
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [saved] = await api.db
      .select()
      .from(projects)
      .where(eq(projects.name, '小微显示配套项目'));
    expect(saved).toMatchObject({ chainId, firmId: smallest.id });
  });

  it('offer a project any of the city’s firms, after the chain’s', async () => {
    const [outside] = await api.db
      .select({ id: firms.id, name: firms.name })
      .from(firms)
      .where(
        notExists(
          api.db
            .select()
            .from(firmChains)
            .where(and(eq(firmChains.firmId, firms.id), eq(firmChains.chainId, chainId))),
        ),
      )
      .orderBy(asc(firms.id))
      .limit(1);
    if (!outside) throw new Error('every firm is in 新型显示');
    const { user } = renderApp(`/chains/${chainId}`);
    await user.click(await screen.findByRole('button', { name: '新增项目' }));
    const dialog = await screen.findByRole('dialog', { name: '新增项目' });
    await searchFirms(user, dialog, outside.name);
    const list = within(dialog).getByRole('listbox', { name: '实施企业' });
    expect(await within(list).findByRole('option', { name: outside.name })).toBeInTheDocument();
  });

  it('find the chain’s smallest firm for a firm problem', async () => {
    const { user } = renderApp(`/chains/${chainId}`);
    await user.click(await screen.findByRole('button', { name: '登记企业问题' }));
    const dialog = await screen.findByRole('dialog', { name: '登记企业问题' });
    await user.type(within(dialog).getByRole('textbox', { name: '问题' }), '小企业用电报装慢');
    await user.type(within(dialog).getByRole('textbox', { name: '问题类别' }), '要素保障');
    await searchFirms(user, dialog, partOf(smallest.name));
    const list = within(dialog).getByRole('listbox', { name: '反映企业' });
    await user.selectOptions(
      list,
      await within(list).findByRole('option', { name: smallest.name }),
    );
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [saved] = await api.db
      .select()
      .from(problems)
      .where(eq(problems.title, '小企业用电报装慢'));
    expect(saved).toMatchObject({ chainId, firmId: smallest.id });
  });

  it('add the chain’s smallest firm to a link with the keyboard, keeping the link’s others', async () => {
    const [link] = await api.db
      .select({ id: chainLinks.id, name: chainLinks.name })
      .from(chainLinks)
      .where(
        and(
          eq(chainLinks.chainId, chainId),
          notExists(
            api.db
              .select()
              .from(chainLinkFirms)
              .where(
                and(
                  eq(chainLinkFirms.linkId, chainLinks.id),
                  eq(chainLinkFirms.firmId, smallest.id),
                ),
              ),
          ),
        ),
      )
      .orderBy(asc(chainLinks.id))
      .limit(1);
    if (!link) throw new Error('the smallest firm is in every link');
    const before = await api.db
      .select({ firmId: chainLinkFirms.firmId })
      .from(chainLinkFirms)
      .where(eq(chainLinkFirms.linkId, link.id));

    const { user } = renderApp(`/chains/${chainId}?link=${link.id}`);
    await user.click(await screen.findByRole('button', { name: `编辑环节 ${link.name}` }));
    const dialog = await screen.findByRole('dialog', { name: `编辑环节 ${link.name}` });
    const group = within(dialog).getByRole('group', { name: '环节企业' });
    // The link's own firms are its chips, each with its button to take it out.
    const chips = within(dialog).getByRole('list', { name: /^环节企业/ });
    expect(within(chips).queryAllByRole('listitem')).toHaveLength(before.length);
    expect(within(chips).queryAllByRole('button', { name: /^移出 / })).toHaveLength(before.length);
    await searchFirms(user, dialog, partOf(smallest.name));
    const box = await within(group).findByRole('checkbox', { name: smallest.name });
    expect(box).not.toBeChecked();
    box.focus();
    await user.keyboard(' ');
    expect(box).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const after = await api.db
      .select({ firmId: chainLinkFirms.firmId })
      .from(chainLinkFirms)
      .where(eq(chainLinkFirms.linkId, link.id));
    expect(after.map((row) => row.firmId).sort()).toEqual(
      [...before.map((row) => row.firmId), smallest.id].sort(),
    );
  });
});
