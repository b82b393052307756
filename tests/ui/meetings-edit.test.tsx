import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { and, asc, desc, eq, isNotNull, isNull, lte, ne, or } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { firmChains, firms, meetingFirms, meetings, problems } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { firstChain } from '../support/sample-chains';

/*
 * Keeping 座谈会 current from the screens: add with the firms that came, edit, withdraw and
 * restore, each only for those the server lets write; the problem form names the meeting.
 */

const api = setupApiServer();

type User = ReturnType<typeof userEvent.setup>;

/** The chain's firms with a revenue, largest first, as the picker lists them. */
async function firmsOf(chainId: number, howMany: number) {
  return api.db
    .select({ id: firms.id, name: firms.name })
    .from(firms)
    .innerJoin(firmChains, eq(firmChains.firmId, firms.id))
    .where(and(eq(firmChains.chainId, chainId), isNotNull(firms.revenueYi)))
    .orderBy(asc(firms.id))
    .limit(howMany);
}

/** Finds a firm by its whole name in the dialog's picker and ticks it. */
async function chooseFirm(user: User, dialog: HTMLElement, name: string) {
  const search = within(dialog).getByRole('searchbox', { name: '搜索企业（名称或信用代码）' });
  await user.clear(search);
  await user.type(search, name);
  const group = within(dialog).getByRole('group', { name: '参会企业' });
  await user.click(await within(group).findByRole('checkbox', { name }));
}

/** The chips of the chosen firms, by name. */
function chosenFirms(dialog: HTMLElement) {
  const chips = within(dialog).getByRole('list', { name: /^参会企业/ });
  return within(chips)
    .queryAllByRole('listitem')
    .map((chip) => chip.firstChild?.textContent);
}

async function storedMeeting(title: string) {
  const [meeting] = await api.db.select().from(meetings).where(eq(meetings.title, title));
  if (!meeting) throw new Error(`no meeting ${title}`);
  const attending = await api.db
    .select({ firmId: meetingFirms.firmId })
    .from(meetingFirms)
    .where(eq(meetingFirms.meetingId, meeting.id));
  return { ...meeting, firmIds: attending.map((row) => row.firmId).sort((a, b) => a - b) };
}

describe('adding a meeting', () => {
  it('records a meeting of a chain with two firms, listed with its firm count', async () => {
    const chain = await firstChain(api.db);
    const [first, second] = await firmsOf(chain.id, 2);
    if (!first || !second) throw new Error('the chain has fewer than two firms');
    const title = '链上企业恳谈会（界面测试）';
    // Filtered by its title: none yet, then the one added.
    const { user } = renderApp(`/meetings?q=${encodeURIComponent(title)}`);
    expect(await screen.findByText('共 0 条')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '新增座谈会' }));
    const dialog = await screen.findByRole('dialog', { name: '新增座谈会' });
    const day = within(dialog).getByLabelText('日期');
    await user.clear(day);
    await user.type(day, '2024-05-20');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: '产业链' }),
      String(chain.id),
    );
    await user.type(within(dialog).getByRole('textbox', { name: '会议名称' }), title);
    await user.type(within(dialog).getByRole('textbox', { name: '地点' }), '市民中心三楼');
    await chooseFirm(user, dialog, first.name);
    await chooseFirm(user, dialog, second.name);
    expect(chosenFirms(dialog)).toEqual([first.name, second.name]);
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const table = await screen.findByRole('table', { name: '企业座谈会列表' });
    const row = (await within(table).findByRole('link', { name: title })).closest('tr');
    if (!row) throw new Error('the meeting has no row');
    expect(within(row).getByRole('cell', { name: chain.name })).toBeInTheDocument();
    expect(within(row).getAllByRole('cell', { name: '2' })).not.toHaveLength(0);
    const stored = await storedMeeting(title);
    expect(stored).toMatchObject({
      chainId: chain.id,
      heldOn: '2024-05-20',
      place: '市民中心三楼',
    });
    expect(stored.firmIds).toEqual([first.id, second.id].sort((a, b) => a - b));
  });

  it('puts the server’s 400 on the firms when a chosen firm is gone meanwhile', async () => {
    const [gone] = await api.db
      .insert(firms)
      .values({ name: '临时测试参会企业', revenueBand: 'under_100m', tags: [] })
      .returning();
    if (!gone) throw new Error('no firm');
    const { user } = renderApp('/meetings');
    await user.click(await screen.findByRole('button', { name: '新增座谈会' }));
    const dialog = await screen.findByRole('dialog', { name: '新增座谈会' });
    // An administrator may record a city-wide meeting, which lists the city's firms.
    await user.selectOptions(within(dialog).getByRole('combobox', { name: '产业链' }), '全市');
    await user.type(
      within(dialog).getByRole('textbox', { name: '会议名称' }),
      '全市恳谈会（已删企业）',
    );
    await chooseFirm(user, dialog, gone.name);
    await api.db.delete(firms).where(eq(firms.id, gone.id));
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    const group = within(dialog).getByRole('group', { name: '参会企业' });
    await waitFor(() => expect(group).toHaveAccessibleDescription('所选记录不存在，请重新选择。'));
    expect(screen.getByRole('dialog', { name: '新增座谈会' })).toBeInTheDocument();
    const saved = await api.db
      .select()
      .from(meetings)
      .where(eq(meetings.title, '全市恳谈会（已删企业）'));
    expect(saved).toHaveLength(0);
  });
});

/** The latest meeting of the first chain, not withdrawn, with its firms. */
async function latestMeetingOfFirstChain() {
  const chain = await firstChain(api.db);
  const [meeting] = await api.db
    .select()
    .from(meetings)
    .where(and(eq(meetings.chainId, chain.id), isNull(meetings.withdrawnAt)))
    .orderBy(desc(meetings.heldOn), asc(meetings.id))
    .limit(1);
  if (!meeting) throw new Error('the chain has no meeting');
  return storedMeeting(meeting.title);
}

describe('changing a meeting', () => {
  it('renames it and takes a firm out with its chip', async () => {
    const meeting = await latestMeetingOfFirstChain();
    expect(meeting.firmIds.length).toBeGreaterThan(1);
    const { user } = renderApp(`/meetings/${meeting.id}`);
    await user.click(await screen.findByRole('button', { name: '编辑座谈会' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑座谈会' });
    const chips = chosenFirms(dialog);
    expect(chips).toHaveLength(meeting.firmIds.length);
    const title = within(dialog).getByRole('textbox', { name: '会议名称' });
    await user.clear(title);
    await user.type(title, '改名后的座谈会');
    const leaving = chips[0] ?? '';
    const remove = within(dialog).getByRole('button', { name: `移出 ${leaving}` });
    remove.focus();
    await user.keyboard('{Enter}');
    expect(chosenFirms(dialog)).not.toContain(leaving);
    // The chip's button is gone; the search box has the focus.
    expect(
      within(dialog).getByRole('searchbox', { name: '搜索企业（名称或信用代码）' }),
    ).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    expect(
      await screen.findByRole('heading', { level: 1, name: '改名后的座谈会' }),
    ).toBeInTheDocument();
    const stored = await storedMeeting('改名后的座谈会');
    expect(stored.firmIds).toHaveLength(meeting.firmIds.length - 1);
    expect(stored.version).toBe(meeting.version + 1);
  });

  it('is withdrawn and restored from its page', async () => {
    const meeting = await latestMeetingOfFirstChain();
    const { user } = renderApp(`/meetings/${meeting.id}`);
    await user.click(await screen.findByRole('button', { name: `撤回座谈会 ${meeting.title}` }));
    const confirm = await screen.findByRole('dialog', { name: `撤回座谈会 ${meeting.title}` });
    await user.click(within(confirm).getByRole('button', { name: '撤回' }));
    expect(await screen.findByText(/此座谈会已于 .+ 撤回/)).toBeInTheDocument();
    expect((await storedMeeting(meeting.title)).withdrawnAt).not.toBeNull();

    await user.click(screen.getByRole('button', { name: `恢复座谈会 ${meeting.title}` }));
    await waitFor(() => expect(screen.queryByText(/此座谈会已于 .+ 撤回/)).not.toBeInTheDocument());
    expect((await storedMeeting(meeting.title)).withdrawnAt).toBeNull();
    expect(
      await screen.findByRole('button', { name: `撤回座谈会 ${meeting.title}` }),
    ).toBeInTheDocument();
  });
});

describe('who may change meetings', () => {
  it('shows a reader neither 新增 nor 编辑 nor 撤回', async () => {
    const meeting = await latestMeetingOfFirstChain();
    await api.signInAs('viewer');
    try {
      const list = renderApp('/meetings');
      await screen.findByRole('table', { name: '企业座谈会列表' });
      expect(screen.queryByRole('button', { name: '新增座谈会' })).not.toBeInTheDocument();
      list.unmount();

      renderApp(`/meetings/${meeting.id}`);
      await screen.findByRole('heading', { level: 1, name: meeting.title });
      expect(screen.queryByRole('button', { name: '编辑座谈会' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /撤回/ })).not.toBeInTheDocument();
    } finally {
      await api.signInAs('admin');
    }
  });

  it('offers a chain’s editor their chain, not 全市, and no edit of a city-wide meeting', async () => {
    const chain = await firstChain(api.db);
    const [cityWide] = await api.db
      .select()
      .from(meetings)
      .where(and(isNull(meetings.chainId), isNull(meetings.withdrawnAt)))
      .limit(1);
    if (!cityWide) throw new Error('no city-wide meeting');
    await api.signInAs({ role: 'editor', chainIds: [chain.id] });
    try {
      const { user, unmount } = renderApp('/meetings');
      await user.click(await screen.findByRole('button', { name: '新增座谈会' }));
      const dialog = await screen.findByRole('dialog', { name: '新增座谈会' });
      const chainField = within(dialog).getByRole('combobox', { name: '产业链' });
      expect(
        within(chainField)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual([chain.name]);
      unmount();

      renderApp(`/meetings/${cityWide.id}`);
      await screen.findByRole('heading', { level: 1, name: cityWide.title });
      expect(screen.queryByRole('button', { name: '编辑座谈会' })).not.toBeInTheDocument();
    } finally {
      await api.signInAs('admin');
    }
  });
});

function dayAfter(isoDay: string): string {
  const day = new Date(`${isoDay}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

describe('the meeting of a problem', () => {
  it('is chosen among the chain’s and city-wide meetings held by then, and linked from its page', async () => {
    const chain = await firstChain(api.db);
    const [problem] = await api.db
      .select()
      .from(problems)
      .where(and(eq(problems.chainId, chain.id), isNull(problems.withdrawnAt)))
      .orderBy(desc(problems.raisedOn), asc(problems.id))
      .limit(1);
    if (!problem) throw new Error('the chain has no problem');
    const ofTheChain = or(eq(meetings.chainId, chain.id), isNull(meetings.chainId));
    const [earlier] = await api.db
      .select()
      .from(meetings)
      .where(
        and(
          ofTheChain,
          isNull(meetings.withdrawnAt),
          lte(meetings.heldOn, problem.raisedOn),
          ne(meetings.id, problem.meetingId ?? 0),
        ),
      )
      .orderBy(asc(meetings.heldOn))
      .limit(1);
    if (!earlier) throw new Error('no other meeting held before the problem was raised');
    const [later] = await api.db
      .insert(meetings)
      .values({ chainId: chain.id, heldOn: dayAfter(problem.raisedOn), title: '次日的座谈会' })
      .returning();
    const [otherChain] = await api.db
      .select()
      .from(meetings)
      .where(and(ne(meetings.chainId, chain.id), isNull(meetings.withdrawnAt)))
      .limit(1);

    const { user } = renderApp(`/problems/${problem.id}`);
    await user.click(await screen.findByRole('button', { name: '办理问题' }));
    const dialog = await screen.findByRole('dialog', { name: '办理问题' });
    const field = within(dialog).getByRole('combobox', { name: '来自座谈会' });
    const offered = within(field)
      .getAllByRole('option')
      .map((option) => (option as HTMLOptionElement).value);
    expect(offered).toContain(String(earlier.id));
    expect(offered).not.toContain(String(later?.id));
    expect(offered).not.toContain(String(otherChain?.id));
    await user.selectOptions(field, String(earlier.id));
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const facts = await screen.findByRole('region', { name: '基本信息' });
    await waitFor(() =>
      expect(within(facts).getByRole('link', { name: new RegExp(earlier.title) })).toHaveAttribute(
        'href',
        `/meetings/${earlier.id}`,
      ),
    );
    const [stored] = await api.db.select().from(problems).where(eq(problems.id, problem.id));
    expect(stored?.meetingId).toBe(earlier.id);
  });
});
