import { screen, waitFor, within } from '@testing-library/react';
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { chains, notifications, problems } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import type { TestUser } from '../support/sessions';

const api = setupApiServer({ signIn: 'none' });

let chain: { id: number; name: string; version: number };
let me: TestUser;
let colleague: TestUser;

async function unreadInDatabase() {
  const [row] = await api.db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.recipientId, me.id), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

const bellOf = (unread: number) => ({ name: `通知，${unread} 条未读` });

describe('通知', () => {
  beforeAll(async () => {
    const [first] = await api.db
      .select({ id: chains.id, name: chains.name, version: chains.version })
      .from(chains)
      .orderBy(asc(chains.sortOrder))
      .limit(1);
    if (!first) throw new Error('The sample city has no chain');
    chain = first;
    const signedIn = await api.signInAs({ role: 'editor', chainIds: [chain.id] });
    if (!signedIn) throw new Error('Not signed in');
    me = signedIn;
    colleague = await api.otherUser('editor', [chain.id]);
    // A colleague of the same task force changes the chain: I am told.
    const answer = await api.app.request(`/api/chains/${chain.id}/status`, {
      method: 'PUT',
      headers: { cookie: colleague.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'amber', statusNote: '通知测试', version: chain.version }),
    });
    expect(answer.status).toBe(200);
  });

  it('counts, lists, marks one read, follows a link to the record, marks all read', async () => {
    const { user } = renderApp('/');
    // The first count sweeps: the chain's problems past their deadline are there too.
    const bell = await screen.findByRole('button', { name: /^通知，[1-9]\d* 条未读$/ });
    const unread = await unreadInDatabase();
    expect(unread).toBeGreaterThan(1);
    expect(bell).toHaveAccessibleName(bellOf(unread).name);
    expect(bell).toHaveAttribute('aria-expanded', 'false');

    await user.click(bell);
    expect(bell).toHaveAttribute('aria-expanded', 'true');
    const panel = await screen.findByRole('region', { name: '通知' });
    const change = `${colleague.displayName}修改了${chain.name}的数据（1 处）`;
    expect(await within(panel).findByRole('link', { name: change })).toHaveAttribute(
      'href',
      `/chains/${chain.id}`,
    );

    await user.click(within(panel).getByRole('button', { name: `标为已读：${change}` }));
    expect(await screen.findByRole('button', bellOf(unread - 1))).toBeVisible();
    expect(within(panel).queryByRole('button', { name: `标为已读：${change}` })).toBeNull();

    // Following a problem's notification opens its page and marks it read.
    const [overdue] = within(panel).getAllByRole('link', { name: /已超过办理时限/ });
    if (!overdue) throw new Error('No overdue problem in the panel');
    const problemId = Number(overdue.getAttribute('href')?.split('/').at(-1));
    const [problem] = await api.db
      .select({ title: problems.title })
      .from(problems)
      .where(eq(problems.id, problemId));
    expect(overdue).toHaveAccessibleName(new RegExp(`^问题“${problem?.title}”`));
    await user.click(overdue);
    expect(await screen.findByRole('heading', { level: 1, name: problem?.title })).toBeVisible();
    expect(screen.queryByRole('region', { name: '通知' })).toBeNull();
    const afterFollowing = await screen.findByRole('button', bellOf(unread - 2));

    await user.click(afterFollowing);
    const reopened = await screen.findByRole('region', { name: '通知' });
    await user.click(within(reopened).getByRole('button', { name: '全部已读' }));
    expect(await screen.findByRole('button', bellOf(0))).toBeVisible();
    await waitFor(async () => expect(await unreadInDatabase()).toBe(0));
  });

  it('closes with Escape and gives the focus back to the bell', async () => {
    const { user } = renderApp('/');
    const bell = await screen.findByRole('button', { name: /^通知，\d+ 条未读$/ });
    await user.click(bell);
    expect(await screen.findByRole('region', { name: '通知' })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: '通知' })).toBeNull();
    expect(bell).toHaveFocus();
  });
});
