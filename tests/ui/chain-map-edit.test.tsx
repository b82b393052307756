import { screen, waitFor, within } from '@testing-library/react';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  chainLinkFirms,
  chainLinks,
  chainSegments,
  firmChains,
  firms,
  projects,
} from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { firstChain, type ChainRef } from '../support/sample-chains';

const api = setupApiServer();
let chain: ChainRef;

beforeAll(async () => {
  chain = await firstChain(api.db);
});

const firmsOf = async (linkId: number) =>
  (
    await api.db
      .select({ firmId: chainLinkFirms.firmId })
      .from(chainLinkFirms)
      .where(eq(chainLinkFirms.linkId, linkId))
  ).map((row) => row.firmId);

describe('editing the chain map', () => {
  it(
    'adds a link to a segment, then attaches a firm: the link’s count follows',
    { timeout: 60_000 },
    async () => {
      const [segment] = await api.db
        .select()
        .from(chainSegments)
        .where(eq(chainSegments.chainId, chain.id))
        .orderBy(asc(chainSegments.sortOrder), asc(chainSegments.id))
        .limit(1);
      if (!segment) throw new Error('no segment');
      const { user } = renderApp(`/chains/${chain.id}`);
      await user.click(await screen.findByRole('button', { name: '编辑图谱' }));
      await user.click(await screen.findByRole('button', { name: `在“${segment.name}”新增环节` }));
      const add = await screen.findByRole('dialog', { name: `在“${segment.name}”新增环节` });
      await user.type(within(add).getByRole('textbox', { name: '名称' }), '测试新环节');
      await user.click(within(add).getByRole('button', { name: '保存' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

      const linkButton = await screen.findByRole('button', { name: /^测试新环节 .*0 家/ });
      await user.click(linkButton);
      await user.click(await screen.findByRole('button', { name: '编辑环节 测试新环节' }));
      const edit = await screen.findByRole('dialog', { name: '编辑环节 测试新环节' });
      // A new link has no firms: the chain's are found by typing part of a name.
      const [firm] = await api.db
        .select({ name: firms.name })
        .from(firms)
        .innerJoin(firmChains, eq(firmChains.firmId, firms.id))
        .where(eq(firmChains.chainId, chain.id))
        .orderBy(asc(firms.id))
        .limit(1);
      if (!firm) throw new Error('no firm to attach');
      await user.type(
        within(edit).getByRole('searchbox', { name: '搜索企业（名称或信用代码）' }),
        firm.name.slice(2, 6),
      );
      const group = within(edit).getByRole('group', { name: '环节企业' });
      await user.click(await within(group).findByRole('checkbox', { name: firm.name }));
      await user.click(within(edit).getByRole('button', { name: '保存' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(await screen.findByRole('button', { name: /^测试新环节 .*1 家/ })).toBeInTheDocument();
    },
  );

  it('removes a link with firms, moving them to another link of the chain', async () => {
    const links = await api.db
      .select()
      .from(chainLinks)
      .where(and(eq(chainLinks.chainId, chain.id), isNull(chainLinks.withdrawnAt)))
      .orderBy(asc(chainLinks.id));
    let removed: (typeof links)[number] | undefined;
    for (const link of links) {
      if ((await firmsOf(link.id)).length > 0) {
        removed = link;
        break;
      }
    }
    if (!removed) throw new Error('no link with firms');
    const target = links.find((link) => link.id !== removed.id);
    if (!target) throw new Error('no other link');
    const [targetSegment] = await api.db
      .select()
      .from(chainSegments)
      .where(eq(chainSegments.id, target.segmentId));
    const moving = await firmsOf(removed.id);

    const { user } = renderApp(`/chains/${chain.id}`);
    await user.click(await screen.findByRole('button', { name: '编辑图谱' }));
    await user.click(await screen.findByRole('button', { name: `移除环节 ${removed.name}` }));
    const dialog = await screen.findByRole('dialog', { name: `移除环节 ${removed.name}` });
    expect(within(dialog).getByRole('radio', { name: '移到同链的另一环节' })).toBeChecked();
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: '移到环节' }),
      `${targetSegment?.name} · ${target.name}`,
    );
    await user.click(within(dialog).getByRole('button', { name: '移除' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const [after] = await api.db.select().from(chainLinks).where(eq(chainLinks.id, removed.id));
    expect(after?.withdrawnAt).not.toBeNull();
    expect(await firmsOf(removed.id)).toEqual([]);
    expect(await firmsOf(target.id)).toEqual(expect.arrayContaining(moving));
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: `移除环节 ${removed.name}` }),
      ).not.toBeInTheDocument(),
    );
  });
});

describe('withdrawing a project', () => {
  it('withdraws a project on its page after a question, then restores it', async () => {
    const [project] = await api.db
      .select()
      .from(projects)
      .where(and(eq(projects.chainId, chain.id), isNull(projects.withdrawnAt)))
      .limit(1);
    if (!project) throw new Error('no project');
    const { user } = renderApp(`/projects/${project.id}`);
    await user.click(await screen.findByRole('button', { name: `撤回项目 ${project.name}` }));
    const dialog = await screen.findByRole('dialog', { name: `撤回项目 ${project.name}` });
    await user.click(within(dialog).getByRole('button', { name: '撤回' }));
    expect(await screen.findByText(/此项目已于 .+ 撤回/)).toBeInTheDocument();
    const [withdrawn] = await api.db.select().from(projects).where(eq(projects.id, project.id));
    expect(withdrawn?.withdrawnAt).not.toBeNull();

    await user.click(await screen.findByRole('button', { name: `恢复项目 ${project.name}` }));
    await waitFor(() => expect(screen.queryByText(/此项目已于 .+ 撤回/)).not.toBeInTheDocument());
    const [restored] = await api.db.select().from(projects).where(eq(projects.id, project.id));
    expect(restored?.withdrawnAt).toBeNull();
    expect(
      await screen.findByRole('button', { name: `撤回项目 ${project.name}` }),
    ).toBeInTheDocument();
  });
});
