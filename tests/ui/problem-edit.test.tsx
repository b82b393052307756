import { screen, waitFor, within } from '@testing-library/react';
import { and, asc, eq, isNotNull, ne } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { chains, departments, problems } from '@server/db/schema';
import { setupApiServer, type TestSignIn } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { firstChain } from '../support/sample-chains';

const api = setupApiServer();
let chainId: number;

beforeAll(async () => {
  chainId = (await firstChain(api.db)).id;
});

/** A new open problem of the chain, as if collected a few days ago. */
async function collectedProblem(title: string) {
  const [problem] = await api.db
    .insert(problems)
    .values({ chainId, title, category: '用地', raisedOn: '2026-06-01', status: 'open' })
    .returning();
  if (!problem) throw new Error('no problem');
  return problem;
}

const storedProblem = async (id: number) => {
  const [row] = await api.db.select().from(problems).where(eq(problems.id, id));
  return row;
};

const flowSection = () => screen.findByRole('region', { name: '办理进度' });

describe('handling a firm problem: 交办, then 受理 and 办理意见 by the department', () => {
  it('assigns an open problem; its department accepts it and writes its response', async () => {
    const problem = await collectedProblem('标准厂房用地指标不足');
    const [department] = await api.db
      .select()
      .from(departments)
      .orderBy(asc(departments.name))
      .limit(1);
    if (!department) throw new Error('no department');
    const page = renderApp(`/problems/${problem.id}`);
    const { user } = page;

    await user.click(await within(await flowSection()).findByRole('button', { name: '交办' }));
    const dialog = await screen.findByRole('dialog', { name: '交办问题：责任部门与办理时限' });
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: '责任部门（交办）' }),
      department.name,
    );
    await user.type(within(dialog).getByLabelText('办理时限'), '2026-06-30');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await storedProblem(problem.id)).toMatchObject({
      status: 'assigned',
      ownerDepartmentId: department.id,
      deadline: '2026-06-30',
      handlingStage: 'awaiting_acceptance',
    });
    page.unmount();

    try {
      await api.signInAs({ role: 'department', departmentId: department.id });
      const ours = renderApp(`/problems/${problem.id}`);
      await ours.user.click(
        await within(await flowSection()).findByRole('button', { name: '受理' }),
      );
      const accept = await screen.findByRole('dialog', { name: '受理此问题' });
      await ours.user.click(within(accept).getByRole('button', { name: '保存' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(await storedProblem(problem.id)).toMatchObject({ handlingStage: 'accepted' });

      await ours.user.click(
        await within(await flowSection()).findByRole('button', { name: '办理意见' }),
      );
      const respond = await screen.findByRole('dialog', { name: '填写办理意见' });
      await ours.user.type(
        within(respond).getByRole('textbox', { name: '办理意见' }),
        '已协调相邻地块',
      );
      await ours.user.click(within(respond).getByRole('button', { name: '保存' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(await storedProblem(problem.id)).toMatchObject({ response: '已协调相邻地块' });
      const timeline = await screen.findByRole('region', { name: '办理记录' });
      expect(await within(timeline).findByText(/办理意见/)).toBeInTheDocument();
    } finally {
      await api.signInAs('admin');
    }
  });

  it('puts the server’s answer next to the department when that department is gone meanwhile', async () => {
    const problem = await collectedProblem('配套道路未贯通');
    const [department] = await api.db
      .insert(departments)
      .values({ name: '临时协调办公室' })
      .returning();
    if (!department) throw new Error('no department');
    const { user } = renderApp(`/problems/${problem.id}`);
    await user.click(await within(await flowSection()).findByRole('button', { name: '交办' }));
    const dialog = await screen.findByRole('dialog', { name: '交办问题：责任部门与办理时限' });
    const owner = within(dialog).getByRole('combobox', { name: '责任部门（交办）' });
    await user.selectOptions(owner, '临时协调办公室');
    await user.type(within(dialog).getByLabelText('办理时限'), '2026-06-30');
    // Someone removes the department after the form listed it: only the server can tell.
    await api.db.delete(departments).where(eq(departments.id, department.id));
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(owner).toHaveAccessibleDescription('所选记录不存在，请重新选择。'));
    expect(owner).toHaveFocus();
    expect(await storedProblem(problem.id)).toMatchObject({ status: 'open', version: 1 });
  });

  it('assigns over a colleague’s change of another field without undoing it', async () => {
    const problem = await collectedProblem('园区供电容量不足');
    const [department] = await api.db.select().from(departments).limit(1);
    if (!department) throw new Error('no department');
    const { user } = renderApp(`/problems/${problem.id}`);
    await user.click(await within(await flowSection()).findByRole('button', { name: '交办' }));
    const dialog = await screen.findByRole('dialog', { name: '交办问题：责任部门与办理时限' });
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: '责任部门（交办）' }),
      department.name,
    );
    await user.type(within(dialog).getByLabelText('办理时限'), '2026-07-15');
    // Meanwhile a colleague corrects the title.
    const other = await api.otherUser();
    const response = await api.app.request(`/api/problems/${problem.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: other.cookie },
      body: JSON.stringify({
        title: '园区供电容量不足（二期）',
        category: problem.category,
        firmId: null,
        raisedOn: problem.raisedOn,
        detail: null,
        status: 'open',
        ownerDepartmentId: null,
        deadline: null,
        resolvedOn: null,
        feedback: null,
        version: problem.version,
      }),
    });
    expect(response.status).toBe(200);
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await user.click(await within(dialog).findByRole('button', { name: '用我的修改覆盖' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await storedProblem(problem.id)).toMatchObject({
      title: '园区供电容量不足（二期）',
      status: 'assigned',
      ownerDepartmentId: department.id,
      deadline: '2026-07-15',
      version: problem.version + 2,
    });
  });

  it('offers the steps only to those who may change the problem’s chain', async () => {
    const [assigned] = await api.db
      .select()
      .from(problems)
      .where(and(eq(problems.status, 'assigned'), isNotNull(problems.chainId)))
      .limit(1);
    if (!assigned?.chainId) throw new Error('no assigned problem');
    const [otherChain] = await api.db
      .select({ id: chains.id })
      .from(chains)
      .where(ne(chains.id, assigned.chainId))
      .limit(1);
    if (!otherChain) throw new Error('no other chain');
    try {
      const outsiders: TestSignIn[] = ['viewer', { role: 'editor', chainIds: [otherChain.id] }];
      for (const who of outsiders) {
        await api.signInAs(who);
        const page = renderApp(`/problems/${assigned.id}`);
        const flow = await flowSection();
        expect(within(flow).queryByRole('button')).not.toBeInTheDocument();
        page.unmount();
      }
      await api.signInAs({ role: 'editor', chainIds: [assigned.chainId] });
      renderApp(`/problems/${assigned.id}`);
      expect(
        await within(await flowSection()).findByRole('button', { name: '交办' }),
      ).toBeInTheDocument();
    } finally {
      await api.signInAs('admin');
    }
  });
});
