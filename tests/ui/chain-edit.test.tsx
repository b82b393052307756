import { screen, waitFor, within } from '@testing-library/react';
import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  chainLeaderFirms,
  chains,
  firmChains,
  firms,
  policies,
  taskForceMembers,
} from '@server/db/schema';
import { serverError } from '@mocks/faults';
import type { ChainDetail } from '@server/contract/chains';
import { queryKeys } from '@/lib/query-keys';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { countRows, spokenText } from '../support/screen-text';
import { chainsInOrder, type ChainRef } from '../support/sample-chains';

// Signed in as an administrator unless a test switches.
const api = setupApiServer();
let chain: ChainRef;
let otherChain: ChainRef;

beforeAll(async () => {
  [chain, otherChain] = (await chainsInOrder(api.db)) as [ChainRef, ChainRef];
});

const storedChain = async () => {
  const [row] = await api.db.select().from(chains).where(eq(chains.id, chain.id));
  if (!row) throw new Error('no chain');
  return row;
};

/**
 * Holds requests to `path` until the test lets them go, then hands them to the next handler (the
 * real API, or a fault): the page can be looked at while a save is on its way.
 */
function holdRequests(path: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  api.server.use(
    http.all(path, async () => {
      await released;
    }),
  );
  return release;
}

/** The words next to `term` in a description list, as a screen reader reads them. */
function definitionOf(container: HTMLElement, term: string): string {
  const dt = within(container)
    .getAllByRole('term')
    .find((candidate) => candidate.textContent === term);
  if (!dt?.nextElementSibling) throw new Error(`No term ${term}`);
  return spokenText(dt.nextElementSibling);
}

async function openStatusDialog() {
  const { user, unmount } = renderApp(`/chains/${chain.id}`);
  await user.click(await screen.findByRole('button', { name: '更新状态' }));
  const dialog = await screen.findByRole('dialog', { name: '更新状态' });
  return { user, dialog, unmount };
}

describe('editing a chain’s status', () => {
  it('shows the change at once, says it is saved, and keeps it after a reload', async () => {
    const release = holdRequests(`*/api/chains/${chain.id}/status`);
    const { user, dialog, unmount } = await openStatusDialog();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: '运行状态' }), '红');
    const note = within(dialog).getByRole('textbox', { name: '状态说明' });
    await user.clear(note);
    await user.type(note, '项目用地审批滞后');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    // On the page before the server has answered; the dialog waits and cannot be sent twice.
    const header = screen.getByRole('region', { name: chain.name });
    await waitFor(() => expect(definitionOf(header, '状态说明')).toBe('项目用地审批滞后'));
    expect(definitionOf(header, '运行状态')).toBe('红');
    expect(within(dialog).getByRole('button', { name: '保存中…' })).toBeDisabled();
    release();

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(header).getByRole('status')).toHaveTextContent('已保存');
    expect(await storedChain()).toMatchObject({ status: 'red', statusNote: '项目用地审批滞后' });
    // A new visit, with a cache of its own: what it shows comes from the server.
    unmount();
    renderApp(`/chains/${chain.id}`);
    const reloaded = await screen.findByRole('region', { name: chain.name });
    expect(definitionOf(reloaded, '状态说明')).toBe('项目用地审批滞后');
    expect(definitionOf(reloaded, '运行状态')).toBe('红');
  });

  it('rolls the page back and says why when the save fails', async () => {
    const before = (await storedChain()).statusNote ?? '';
    // Held first, then failed: the page is looked at in between.
    api.server.use(serverError({ path: `*/api/chains/${chain.id}/status`, once: true }));
    const release = holdRequests(`*/api/chains/${chain.id}/status`);
    const { user, dialog } = await openStatusDialog();
    const note = within(dialog).getByRole('textbox', { name: '状态说明' });
    await user.clear(note);
    await user.type(note, '不会保存的说明');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    const header = screen.getByRole('region', { name: chain.name });
    await waitFor(() => expect(definitionOf(header, '状态说明')).toBe('不会保存的说明'));
    release();

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('服务器出错（500）');
    await waitFor(() => expect(definitionOf(header, '状态说明')).toBe(before));
    // What was typed stays in the form, to be sent again.
    expect(note).toHaveValue('不会保存的说明');
    expect((await storedChain()).statusNote).toBe(before);
  });

  it('puts a message next to a field the contract refuses, and sends nothing', async () => {
    const before = await storedChain();
    const { user, dialog } = await openStatusDialog();
    const note = within(dialog).getByRole('textbox', { name: '状态说明' });
    await user.clear(note);
    await user.click(note);
    await user.paste('长'.repeat(501));
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await within(dialog).findByText('最多 500 个字符。')).toBeInTheDocument();
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(note).toHaveAccessibleDescription('最多 500 个字符。');
    expect((await storedChain()).version).toBe(before.version);
  });

  it('puts the server’s field messages on their fields and the rest above the form', async () => {
    api.server.use(
      http.put(
        `*/api/chains/${chain.id}/status`,
        () =>
          HttpResponse.json(
            {
              error: {
                code: 'invalid_request',
                message: 'Invalid request',
                fields: { statusNote: 'is too long', reviewer: 'is not a field of this form' },
              },
            },
            { status: 400 },
          ),
        { once: true },
      ),
    );
    const { user, dialog } = await openStatusDialog();
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    const note = within(dialog).getByRole('textbox', { name: '状态说明' });
    await waitFor(() => expect(note).toHaveAccessibleDescription('内容过长。'));
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Invalid request');
  });
});
describe('who sees the edit controls', () => {
  it('shows none to a viewer', async () => {
    await api.signInAs('viewer');
    try {
      renderApp(`/chains/${chain.id}`);
      await screen.findByRole('heading', { level: 1, name: chain.name });
      expect(screen.queryByRole('button', { name: '更新状态' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /编辑/ })).not.toBeInTheDocument();
    } finally {
      await api.signInAs('admin');
    }
  });

  it('shows them to an editor on their own chain only', async () => {
    await api.signInAs({ role: 'editor', chainIds: [chain.id] });
    try {
      const { unmount } = renderApp(`/chains/${chain.id}`);
      expect(await screen.findByRole('button', { name: '更新状态' })).toBeInTheDocument();
      unmount();
      renderApp(`/chains/${otherChain.id}`);
      await screen.findByRole('heading', { level: 1, name: otherChain.name });
      expect(screen.queryByRole('button', { name: '更新状态' })).not.toBeInTheDocument();
    } finally {
      await api.signInAs('admin');
    }
  });
});

describe('adding a task force member', () => {
  it('makes one member when the save is retried after a lost answer', async () => {
    const members = () =>
      countRows(api.db, taskForceMembers, eq(taskForceMembers.chainId, chain.id));
    const before = await members();
    // The first save reaches the server, but its answer is lost on the way back.
    api.server.use(
      http.post(
        `*/api/chains/${chain.id}/task-force/members`,
        async ({ request }) => {
          await api.app.fetch(
            new Request(request, {
              headers: { ...Object.fromEntries(request.headers), cookie: api.cookie() },
            }),
          );
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const { user } = renderApp(`/chains/${chain.id}`);
    await user.click(await screen.findByRole('button', { name: '新增专班成员' }));
    const dialog = await screen.findByRole('dialog', { name: '新增专班成员' });
    await user.type(within(dialog).getByRole('textbox', { name: '成员姓名' }), '赵六');
    await user.type(within(dialog).getByRole('textbox', { name: '专班职责' }), '联络员');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('无法连接到服务器');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await members()).toBe(before + 1);
    const taskForce = screen.getByRole('region', { name: '工作专班' });
    expect(await within(taskForce).findByRole('cell', { name: '赵六' })).toBeInTheDocument();
  });
});

describe('the leader firm', () => {
  it('is picked from a search over the chain’s firms', async () => {
    const [current] = await api.db
      .select()
      .from(chainLeaderFirms)
      .where(eq(chainLeaderFirms.chainId, chain.id));
    if (!current) throw new Error('the sample chain has a leader firm');
    const [next] = await api.db
      .select({ id: firms.id, name: firms.name })
      .from(firms)
      .innerJoin(firmChains, eq(firmChains.firmId, firms.id))
      .where(and(eq(firmChains.chainId, chain.id), ne(firms.id, current.firmId)))
      .orderBy(asc(firms.name))
      .limit(1);
    if (!next) throw new Error('the sample chain has more than one firm');

    const { user } = renderApp(`/chains/${chain.id}`);
    await user.click(await screen.findByRole('button', { name: '编辑链主企业' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑链主企业' });
    await user.type(
      within(dialog).getByRole('searchbox', { name: '搜索企业（名称或信用代码）' }),
      next.name,
    );
    const list = within(dialog).getByRole('listbox', { name: '链主企业' });
    await user.selectOptions(list, await within(list).findByRole('option', { name: next.name }));
    const reason = within(dialog).getByRole('textbox', { name: '认定理由' });
    await user.clear(reason);
    await user.type(reason, '牵头组建创新联合体');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const section = screen.getByRole('region', { name: '链主企业' });
    expect(within(section).getByRole('link', { name: next.name })).toBeInTheDocument();
    expect(within(section).getByText('牵头组建创新联合体')).toBeInTheDocument();
    const [saved] = await api.db
      .select()
      .from(chainLeaderFirms)
      .where(eq(chainLeaderFirms.chainId, chain.id));
    expect(saved).toMatchObject({ firmId: next.id, reason: '牵头组建创新联合体' });
  });
});

describe('removing a task force member', () => {
  /** The chain's first task force member still on it (each test removes one). */
  const firstMember = async () => {
    const [member] = await api.db
      .select()
      .from(taskForceMembers)
      .where(eq(taskForceMembers.chainId, chain.id))
      .orderBy(asc(taskForceMembers.id))
      .limit(1);
    if (!member) throw new Error('the sample chain has task force members');
    return member;
  };

  it('asks first, and removes only when confirmed', async () => {
    const member = await firstMember();
    const members = () =>
      countRows(api.db, taskForceMembers, eq(taskForceMembers.chainId, chain.id));
    const before = await members();
    const { user } = renderApp(`/chains/${chain.id}`);
    const remove = await screen.findByRole('button', { name: `移除成员 ${member.name}` });

    await user.click(remove);
    const question = await screen.findByRole('dialog', { name: `移除成员 ${member.name}` });
    await user.click(within(question).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(remove).toHaveFocus();
    expect(await members()).toBe(before);

    await user.click(remove);
    const again = await screen.findByRole('dialog', { name: `移除成员 ${member.name}` });
    await user.click(within(again).getByRole('button', { name: '移除' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const taskForce = screen.getByRole('region', { name: '工作专班' });
    expect(within(taskForce).queryByRole('cell', { name: member.name })).not.toBeInTheDocument();
    expect(taskForce).toHaveFocus();
    expect(await members()).toBe(before - 1);
  });

  it('gives focus to the task force even when the reload took the row before the answer came', async () => {
    const member = await firstMember();
    const { user, queryClient } = renderApp(`/chains/${chain.id}`);
    await user.click(await screen.findByRole('button', { name: `移除成员 ${member.name}` }));
    const question = await screen.findByRole('dialog', { name: `移除成员 ${member.name}` });
    const release = holdRequests(`*/api/task-force-members/${member.id}`);
    await user.click(within(question).getByRole('button', { name: '移除' }));

    // The page's data no longer lists the member, as when a reload lands first: row, button
    // and dialog go while the removal is still on its way.
    queryClient.setQueryData<ChainDetail>(queryKeys.chains.detail(chain.id), (detail) => {
      const taskForce = detail?.fiveOnes.task_force.taskForce;
      if (!detail || !taskForce) throw new Error('the chain page is loaded with its task force');
      const others = taskForce.members.filter(({ id }) => id !== member.id);
      return {
        ...detail,
        fiveOnes: {
          ...detail.fiveOnes,
          task_force: {
            ...detail.fiveOnes.task_force,
            taskForce: { ...taskForce, members: others },
          },
        },
      };
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    release();

    const taskForce = screen.getByRole('region', { name: '工作专班' });
    await waitFor(() => expect(taskForce).toHaveFocus());
    await waitFor(async () =>
      expect(await countRows(api.db, taskForceMembers, eq(taskForceMembers.id, member.id))).toBe(0),
    );
  });
});

describe('policies', () => {
  const storedPolicy = async (id: number) => {
    const [row] = await api.db.select().from(policies).where(eq(policies.id, id));
    if (!row) throw new Error('no policy');
    return row;
  };

  it('are retired after a question, listed apart, and restored', async () => {
    const [policy] = await api.db
      .select()
      .from(policies)
      .where(and(eq(policies.chainId, chain.id), isNull(policies.retiredAt)))
      .limit(1);
    if (!policy) throw new Error('the sample chain has a current policy');
    const { user } = renderApp(`/chains/${chain.id}`);
    await user.click(await screen.findByRole('button', { name: `废止政策 ${policy.title}` }));
    const question = await screen.findByRole('dialog', { name: `废止政策 ${policy.title}` });
    await user.click(within(question).getByRole('button', { name: '废止' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const retired = await screen.findByRole('table', { name: '已废止的政策' });
    expect(within(retired).getByRole('cell', { name: policy.title })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: /政策清单/ })).queryByText(policy.title)).toBe(
      null,
    );
    expect((await storedPolicy(policy.id)).retiredAt).not.toBeNull();

    await user.click(within(retired).getByRole('button', { name: `恢复政策 ${policy.title}` }));
    await waitFor(async () => expect((await storedPolicy(policy.id)).retiredAt).toBeNull());
    const current = screen.getByRole('table', { name: /政策清单/ });
    expect(await within(current).findByRole('cell', { name: policy.title })).toBeInTheDocument();
  });

  it('say next to a figure what is wrong with it', async () => {
    const [policy] = await api.db
      .select()
      .from(policies)
      .where(eq(policies.chainId, chain.id))
      .limit(1);
    if (!policy) throw new Error('the sample chain has a policy');
    const { user } = renderApp(`/chains/${chain.id}`);
    await user.click(await screen.findByRole('button', { name: `编辑政策 ${policy.title}` }));
    const dialog = await screen.findByRole('dialog', { name: `编辑政策 ${policy.title}` });
    const beneficiaries = within(dialog).getByRole('spinbutton', { name: '受益企业数' });
    await user.clear(beneficiaries);
    await user.type(beneficiaries, '-3');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(beneficiaries).toHaveAccessibleDescription('不能为负数。'));
    expect(beneficiaries).toHaveAttribute('aria-invalid', 'true');
    expect(await storedPolicy(policy.id)).toMatchObject({ version: policy.version });
  });
});
