import { screen, waitFor, within } from '@testing-library/react';
import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { chainLeaderFirms, chains, firmChains, firms, policies, projects } from '@server/db/schema';
import { formatDateTime } from '@/lib/format';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { firstChain, type ChainRef } from '../support/sample-chains';

/*
 * Two people edit the same record: the second save meets the first one's change. The page shows
 * theirs beside mine per field and saves what the user chooses, on their version.
 */

const api = setupApiServer();
let chain: ChainRef;

beforeAll(async () => {
  chain = await firstChain(api.db);
});

const storedChain = async () => {
  const [row] = await api.db.select().from(chains).where(eq(chains.id, chain.id));
  if (!row) throw new Error('no chain');
  return row;
};

/** A save by someone else at another desk, through the API. */
async function someoneElseSaves(path: string, body: Record<string, unknown>) {
  const other = await api.otherUser();
  const response = await api.app.request(path, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie: other.cookie },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

async function openDialog(button: string) {
  const { user } = renderApp(`/chains/${chain.id}`);
  await user.click(await screen.findByRole('button', { name: button }));
  const dialog = await screen.findByRole('dialog', { name: button });
  return { user, dialog };
}

const conflictTable = (dialog: HTMLElement) =>
  within(dialog).findByRole('table', { name: '对方保存的内容与您的修改' });

describe('a chain’s status saved meanwhile by someone else', () => {
  /** Both sides change both fields: the status from red, mine to amber, theirs to green. */
  async function conflictAfterTyping(mine: string) {
    await api.db.update(chains).set({ status: 'red' }).where(eq(chains.id, chain.id));
    const { user, dialog } = await openDialog('更新状态');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: '运行状态' }), '黄');
    const note = within(dialog).getByRole('textbox', { name: '状态说明' });
    await user.clear(note);
    await user.type(note, mine);
    const { version } = await storedChain();
    await someoneElseSaves(`/api/chains/${chain.id}/status`, {
      status: 'green',
      statusNote: `对方的说明 ${mine}`,
      version,
    });
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    return { user, dialog, table: await conflictTable(dialog) };
  }

  it('shows theirs beside mine per field; keeping theirs reloads the form with theirs', async () => {
    const { user, dialog, table } = await conflictAfterTyping('我的说明一');
    const noteRow = within(table).getByRole('row', { name: /状态说明/ });
    expect(within(noteRow).getByRole('cell', { name: '对方的说明 我的说明一' })).toBeVisible();
    expect(within(noteRow).getByRole('cell', { name: '我的说明一' })).toBeVisible();
    const statusRow = within(table).getByRole('row', { name: /运行状态/ });
    expect(within(statusRow).getByRole('cell', { name: '绿' })).toBeVisible();
    expect(within(statusRow).getByRole('cell', { name: '黄' })).toBeVisible();
    const theirVersion = (await storedChain()).version;

    await user.click(within(dialog).getByRole('button', { name: '保留对方的，放弃我的修改' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('表单已换成对方保存的内容');
    expect(within(dialog).getByRole('combobox', { name: '运行状态' })).toHaveDisplayValue('绿');
    expect(within(dialog).getByRole('textbox', { name: '状态说明' })).toHaveValue(
      '对方的说明 我的说明一',
    );
    expect(within(dialog).getByRole('combobox', { name: '运行状态' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(await storedChain()).toMatchObject({
      status: 'green',
      statusNote: '对方的说明 我的说明一',
      version: theirVersion,
    });
  });

  it('after keeping theirs, a further edit saves on their version', async () => {
    const { user, dialog } = await conflictAfterTyping('我的说明二');
    await user.click(within(dialog).getByRole('button', { name: '保留对方的，放弃我的修改' }));
    const note = within(dialog).getByRole('textbox', { name: '状态说明' });
    await user.type(note, '，已核实');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await storedChain()).toMatchObject({
      status: 'green',
      statusNote: '对方的说明 我的说明二，已核实',
    });
  });

  it('saves mine over theirs on their version', async () => {
    const { user, dialog } = await conflictAfterTyping('我的说明三');
    const version = (await storedChain()).version;
    await user.click(within(dialog).getByRole('button', { name: '用我的修改覆盖' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await storedChain()).toMatchObject({
      status: 'amber',
      statusNote: '我的说明三',
      version: version + 1,
    });
  });

  it('saves a merge chosen field by field, once every field both changed has a choice', async () => {
    const { user, dialog } = await conflictAfterTyping('我的说明四');
    const merge = within(dialog).getByRole('button', { name: '按所选合并后保存' });
    // Neither side is chosen for them: the user must decide.
    expect(within(dialog).getAllByRole('radio')).toHaveLength(4);
    for (const radio of within(dialog).getAllByRole('radio')) expect(radio).not.toBeChecked();
    expect(merge).toBeDisabled();
    expect(merge).toHaveAccessibleDescription('请先为运行状态和状态说明选择保留哪一方。');

    const statusChoice = within(dialog).getByRole('group', { name: '“运行状态”保留哪一方' });
    await user.click(within(statusChoice).getByRole('radio', { name: '对方的' }));
    expect(merge).toBeDisabled();
    expect(merge).toHaveAccessibleDescription('请先为状态说明选择保留哪一方。');
    const noteChoice = within(dialog).getByRole('group', { name: '“状态说明”保留哪一方' });
    await user.click(within(noteChoice).getByRole('radio', { name: '我的' }));
    expect(merge).toBeEnabled();
    await user.click(merge);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Theirs for the status (green), mine for the note.
    expect(await storedChain()).toMatchObject({ status: 'green', statusNote: '我的说明四' });
  });
});

describe('a policy changed meanwhile', () => {
  it('names fields and values in words, shows typed markup as text, and keeps each side’s own change', async () => {
    const [policy] = await api.db
      .select()
      .from(policies)
      .where(and(eq(policies.chainId, chain.id), isNull(policies.retiredAt)))
      .orderBy(asc(policies.id))
      .limit(1);
    if (!policy) throw new Error('the sample chain has a current policy');
    const markup = '<img src=x onerror="document.title=1">新政';
    const { user, dialog } = await openDialog(`编辑政策 ${policy.title}`);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: '政策状态' }), '已失效');
    await someoneElseSaves(`/api/policies/${policy.id}`, {
      title: markup,
      docNumber: policy.docNumber,
      issuer: policy.issuer,
      issuedOn: policy.issuedOn,
      status: 'in_force',
      budgetWan: policy.budgetWan,
      disbursedWan: policy.disbursedWan,
      beneficiaries: policy.beneficiaries,
      retired: false,
      version: policy.version,
    });
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    const table = await conflictTable(dialog);

    const titleRow = within(table).getByRole('row', { name: /政策名称/ });
    expect(within(titleRow).getByRole('cell', { name: markup })).toBeVisible();
    expect(within(titleRow).getByRole('cell', { name: policy.title })).toBeVisible();
    expect(dialog.querySelector('img')).toBeNull();
    expect(within(titleRow).getByRole('cell', { name: '他人修改，已保留' })).toBeVisible();
    const statusRow = within(table).getByRole('row', { name: /政策状态/ });
    expect(within(statusRow).getByRole('cell', { name: '实施中' })).toBeVisible();
    expect(within(statusRow).getByRole('cell', { name: '已失效' })).toBeVisible();
    expect(within(statusRow).getByRole('cell', { name: '我的修改，已保留' })).toBeVisible();
    // A field both sides left alone needs no choice.
    const issuerRow = within(table).getByRole('row', { name: /发文单位/ });
    expect(within(issuerRow).getByRole('cell', { name: '相同' })).toBeVisible();
    // Only fields both sides changed differently ask which to keep: none here.
    expect(within(dialog).queryByRole('radio')).not.toBeInTheDocument();

    // Their title, my status.
    await user.click(within(dialog).getByRole('button', { name: '按所选合并后保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [saved] = await api.db.select().from(policies).where(eq(policies.id, policy.id));
    expect(saved).toMatchObject({ title: markup, status: 'expired' });
  });
});

describe('a leader firm named meanwhile', () => {
  it('names both firms, theirs and the one I picked in the search', async () => {
    const [current] = await api.db
      .select()
      .from(chainLeaderFirms)
      .where(eq(chainLeaderFirms.chainId, chain.id));
    if (!current) throw new Error('the sample chain has a leader firm');
    const [theirs, mine] = await api.db
      .select({ id: firms.id, name: firms.name })
      .from(firms)
      .innerJoin(firmChains, eq(firmChains.firmId, firms.id))
      .where(and(eq(firmChains.chainId, chain.id), ne(firms.id, current.firmId)))
      .orderBy(asc(firms.name))
      .limit(2);
    if (!theirs || !mine) throw new Error('the sample chain has three firms');

    const { user, dialog } = await openDialog('编辑链主企业');
    await user.type(
      within(dialog).getByRole('searchbox', { name: '搜索企业（名称或信用代码）' }),
      mine.name,
    );
    const list = within(dialog).getByRole('listbox', { name: '链主企业' });
    await user.selectOptions(list, await within(list).findByRole('option', { name: mine.name }));
    await someoneElseSaves(`/api/chains/${chain.id}/leader-firm`, {
      firmId: theirs.id,
      reason: current.reason,
      designatedOn: current.designatedOn,
      version: current.version,
    });
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    const table = await conflictTable(dialog);

    const firmRow = within(table).getByRole('row', { name: /链主企业/ });
    expect(await within(firmRow).findByRole('cell', { name: theirs.name })).toBeVisible();
    expect(within(firmRow).getByRole('cell', { name: mine.name })).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: '用我的修改覆盖' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [saved] = await api.db
      .select()
      .from(chainLeaderFirms)
      .where(eq(chainLeaderFirms.chainId, chain.id));
    expect(saved).toMatchObject({ firmId: mine.id, version: current.version + 2 });
  });
});

describe('a project’s investment changed meanwhile while I update its progress', () => {
  /** The project as the form shows it: investment 0.54, progress 30. */
  async function projectAt054() {
    const [first] = await api.db
      .select({ id: projects.id })
      .from(projects)
      .where(eq(projects.chainId, chain.id))
      .orderBy(asc(projects.id))
      .limit(1);
    if (!first) throw new Error('the sample chain has a project');
    const [project] = await api.db
      .update(projects)
      .set({ investmentYi: 0.54, progress: 30 })
      .where(eq(projects.id, first.id))
      .returning();
    if (!project) throw new Error('the project is gone');
    return project;
  }

  const storedProject = async (id: number) => {
    const [row] = await api.db.select().from(projects).where(eq(projects.id, id));
    if (!row) throw new Error('the project is gone');
    return row;
  };

  /** Someone else saves the project with `changes`; returns who it was. */
  async function someoneElseSavesProject(
    project: typeof projects.$inferSelect,
    changes: Record<string, unknown>,
  ) {
    const other = await api.otherUser();
    const response = await api.app.request(`/api/projects/${project.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: other.cookie },
      body: JSON.stringify({
        name: project.name,
        parkId: project.parkId,
        firmId: project.firmId,
        origin: project.origin,
        linkId: project.linkId,
        campaignId: project.campaignId,
        investmentYi: project.investmentYi,
        stage: project.stage,
        signedOn: project.signedOn,
        startedOn: project.startedOn,
        productionOn: project.productionOn,
        plannedProductionOn: project.plannedProductionOn,
        progress: project.progress,
        version: project.version,
        ...changes,
      }),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    return other;
  }

  async function openAndSetProgress(projectId: number, progress: string) {
    const { user } = renderApp(`/projects/${projectId}`);
    await user.click(await screen.findByRole('button', { name: '编辑项目' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑项目' });
    const progressField = within(dialog).getByRole('spinbutton', { name: '进度（%）' });
    await user.clear(progressField);
    await user.type(progressField, progress);
    return { user, dialog };
  }

  it('keeps their investment without asking, names who saved it and when, and saves both changes', async () => {
    const project = await projectAt054();
    const { user, dialog } = await openAndSetProgress(project.id, '45');
    const other = await someoneElseSavesProject(project, { investmentYi: 7.77 });
    const theirs = await storedProject(project.id);
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    const table = await conflictTable(dialog);

    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      `${other.displayName} 于 ${formatDateTime(theirs.updatedAt.toISOString(), 'zh-CN')} 保存了新版本。`,
    );
    const investmentRow = within(table).getByRole('row', { name: /总投资/ });
    expect(within(investmentRow).getByRole('cell', { name: '7.77' })).toBeVisible();
    expect(within(investmentRow).getByRole('cell', { name: '0.54' })).toBeVisible();
    expect(within(investmentRow).getByRole('cell', { name: '他人修改，已保留' })).toBeVisible();
    const progressRow = within(table).getByRole('row', { name: /进度/ });
    expect(within(progressRow).getByRole('cell', { name: '我的修改，已保留' })).toBeVisible();
    expect(within(dialog).queryByRole('radio')).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: '按所选合并后保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Saved on their version: their investment and my progress, one change after theirs.
    expect(await storedProject(project.id)).toMatchObject({
      investmentYi: 7.77,
      progress: 45,
      version: theirs.version + 1,
    });
  });

  it('meets a second 409 after the merge against the first theirs, not the form’s first values', async () => {
    const project = await projectAt054();
    const { user, dialog } = await openAndSetProgress(project.id, '45');
    await someoneElseSavesProject(project, { investmentYi: 7.77, progress: 60 });
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    const first = await conflictTable(dialog);
    const choice = within(first).getByRole('group', { name: '“进度（%）”保留哪一方' });
    await user.click(within(choice).getByRole('radio', { name: '我的' }));
    // While I choose, they save again on their version: a new name.
    const firstTheirs = await storedProject(project.id);
    const renamed = `${project.name}（二期）`;
    await someoneElseSavesProject(firstTheirs, { name: renamed });
    const secondTheirs = await storedProject(project.id);
    await user.click(within(dialog).getByRole('button', { name: '按所选合并后保存' }));

    // Judged against what I merged on (their first save): the progress I chose over their 60 is
    // now only my change, asked no more; their new name is only theirs. Nothing to choose.
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent(
        formatDateTime(secondTheirs.updatedAt.toISOString(), 'zh-CN'),
      ),
    );
    const table = await conflictTable(dialog);
    const nameRow = within(table).getByRole('row', { name: /项目名称/ });
    expect(within(nameRow).getByRole('cell', { name: '他人修改，已保留' })).toBeVisible();
    const progressRow = within(table).getByRole('row', { name: /进度/ });
    expect(within(progressRow).getByRole('cell', { name: '我的修改，已保留' })).toBeVisible();
    expect(within(dialog).queryByRole('radio')).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: '按所选合并后保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await storedProject(project.id)).toMatchObject({
      investmentYi: 7.77,
      name: renamed,
      progress: 45,
      version: secondTheirs.version + 1,
    });
  });

  it('asks which progress to keep when both changed it, and only then saves the merge', async () => {
    const project = await projectAt054();
    const { user, dialog } = await openAndSetProgress(project.id, '45');
    await someoneElseSavesProject(project, { investmentYi: 7.77, progress: 60 });
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    const table = await conflictTable(dialog);

    const progressRow = within(table).getByRole('row', { name: /进度/ });
    const choice = within(progressRow).getByRole('group', { name: '“进度（%）”保留哪一方' });
    expect(within(choice).getByRole('radio', { name: '对方的' })).not.toBeChecked();
    expect(within(choice).getByRole('radio', { name: '我的' })).not.toBeChecked();
    const merge = within(dialog).getByRole('button', { name: '按所选合并后保存' });
    expect(merge).toBeDisabled();
    expect(merge).toHaveAccessibleDescription('请先为进度（%）选择保留哪一方。');

    await user.click(within(choice).getByRole('radio', { name: '我的' }));
    await user.click(merge);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await storedProject(project.id)).toMatchObject({ investmentYi: 7.77, progress: 45 });
  });
});
