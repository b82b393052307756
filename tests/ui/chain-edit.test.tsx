import { screen, waitFor, within } from '@testing-library/react';
import { asc, count, eq } from 'drizzle-orm';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { chains, taskForceMembers } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';

// Signed in as an administrator unless a test switches.
const api = setupApiServer();
let chain: { id: number; name: string };
let otherChain: { id: number; name: string };

beforeAll(async () => {
  const rows = await api.db
    .select({ id: chains.id, name: chains.name })
    .from(chains)
    .orderBy(asc(chains.sortOrder));
  [chain, otherChain] = rows as [typeof chain, typeof chain];
});

const storedChain = async () => {
  const [row] = await api.db.select().from(chains).where(eq(chains.id, chain.id));
  if (!row) throw new Error('no chain');
  return row;
};

/** Changes the chain's status through the API, as another user at another desk would. */
async function someoneElseSetsStatus(statusNote: string) {
  const { version } = await storedChain();
  const other = await api.otherUser();
  const response = await api.app.request(`/api/chains/${chain.id}/status`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie: other.cookie },
    body: JSON.stringify({ status: 'green', statusNote, version }),
  });
  expect(response.status).toBe(200);
}

async function openStatusDialog() {
  const { user } = renderApp(`/chains/${chain.id}`);
  await user.click(await screen.findByRole('button', { name: '更新状态' }));
  const dialog = await screen.findByRole('dialog', { name: '更新状态' });
  return { user, dialog };
}

describe('editing a chain’s status', () => {
  it('shows the change at once and keeps it after saving', async () => {
    const { user, dialog } = await openStatusDialog();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: '运行状态' }), '红');
    const note = within(dialog).getByRole('textbox', { name: '状态说明' });
    await user.clear(note);
    await user.type(note, '项目用地审批滞后');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const header = screen.getByRole('region', { name: chain.name });
    expect(within(header).getByText('项目用地审批滞后')).toBeInTheDocument();
    expect(await storedChain()).toMatchObject({ status: 'red', statusNote: '项目用地审批滞后' });
  });

  it('rolls the page back and says why when the save fails', async () => {
    const before = (await storedChain()).statusNote ?? '';
    api.server.use(
      http.put(`*/api/chains/${chain.id}/status`, () =>
        HttpResponse.json({ error: { code: 'internal', message: 'boom' } }, { status: 500 }),
      ),
    );
    const { user, dialog } = await openStatusDialog();
    const note = within(dialog).getByRole('textbox', { name: '状态说明' });
    await user.clear(note);
    await user.type(note, '不会保存的说明');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('服务器出错（500）');
    const header = screen.getByRole('region', { name: chain.name });
    await waitFor(() =>
      expect(within(header).queryByText('不会保存的说明')).not.toBeInTheDocument(),
    );
    expect(within(header).getByText(before)).toBeInTheDocument();
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
});

describe('when someone else saved first', () => {
  async function conflictAfterTyping(mine: string) {
    const { user, dialog } = await openStatusDialog();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: '运行状态' }), '黄');
    const note = within(dialog).getByRole('textbox', { name: '状态说明' });
    await user.clear(note);
    await user.type(note, mine);
    await someoneElseSetsStatus(`对方的说明 ${mine}`);
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    const table = await within(dialog).findByRole('table', { name: '对方保存的内容与您的修改' });
    return { user, dialog, table };
  }

  it('shows theirs beside mine per field, and keeping theirs changes nothing more', async () => {
    const { user, dialog, table } = await conflictAfterTyping('我的说明一');
    const noteRow = within(table).getByRole('row', { name: /状态说明/ });
    expect(within(noteRow).getByText('对方的说明 我的说明一')).toBeInTheDocument();
    expect(within(noteRow).getByText('我的说明一')).toBeInTheDocument();
    const statusRow = within(table).getByRole('row', { name: /运行状态/ });
    expect(within(statusRow).getByText('绿')).toBeInTheDocument();
    expect(within(statusRow).getByText('黄')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: '保留对方的，放弃我的修改' }));
    expect(await storedChain()).toMatchObject({
      status: 'green',
      statusNote: '对方的说明 我的说明一',
    });
  });

  it('saves mine over theirs on their version', async () => {
    const { user, dialog } = await conflictAfterTyping('我的说明二');
    const version = (await storedChain()).version;
    await user.click(within(dialog).getByRole('button', { name: '用我的修改覆盖' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await storedChain()).toMatchObject({
      status: 'amber',
      statusNote: '我的说明二',
      version: version + 1,
    });
  });

  it('saves a merge chosen field by field', async () => {
    const { user, dialog } = await conflictAfterTyping('我的说明三');
    const statusChoice = within(dialog).getByRole('group', { name: '“运行状态”保留哪一方' });
    await user.click(within(statusChoice).getByRole('radio', { name: '对方的' }));
    await user.click(within(dialog).getByRole('button', { name: '按所选合并后保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Theirs for the status (green), mine for the note.
    expect(await storedChain()).toMatchObject({ status: 'green', statusNote: '我的说明三' });
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
    const members = async () =>
      (
        await api.db
          .select({ n: count() })
          .from(taskForceMembers)
          .where(eq(taskForceMembers.chainId, chain.id))
      )[0]?.n;
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
    expect(await members()).toBe((before ?? 0) + 1);
    const taskForce = screen.getByRole('region', { name: '工作专班' });
    expect(await within(taskForce).findByRole('cell', { name: '赵六' })).toBeInTheDocument();
  });
});
