import { screen, waitFor, within } from '@testing-library/react';
import { and, asc, count, desc, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { chains, meetingFirms, meetings, problems } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { countRows, grouped, searchOf } from '../support/screen-text';

const api = setupApiServer();

/** The ids of the meetings listed, read from their links. */
function shownIds() {
  return within(screen.getByRole('table', { name: '企业座谈会列表' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      Number(within(row).getAllByRole('link')[0]?.getAttribute('href')?.split('/').pop()),
    );
}

async function storedIds(where?: ReturnType<typeof eq>) {
  const rows = await api.db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(isNull(meetings.withdrawnAt), where))
    .orderBy(desc(meetings.heldOn), asc(meetings.id))
    .limit(20);
  return rows.map((row) => row.id);
}

describe('meeting list', () => {
  it('opens on the latest meetings, with the count of all, in the nav after 企业问题', async () => {
    renderApp('/meetings');

    expect(await screen.findByRole('heading', { level: 1, name: '企业座谈会' })).toBeVisible();
    const expected = await storedIds();
    await waitFor(() => expect(shownIds()).toEqual(expected));
    expect(screen.getByText(`共 ${grouped(await countRows(api.db, meetings))} 条`)).toBeVisible();
    const nav = screen.getByRole('navigation', { name: '主导航' });
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links.indexOf('座谈会')).toBe(links.indexOf('企业问题') + 1);
  });

  it('narrows to a chain from the filter, in the address', async () => {
    const [chain] = await api.db.select().from(chains).orderBy(asc(chains.sortOrder)).limit(1);
    if (!chain) throw new Error('No chain');
    const { user, history } = renderApp('/meetings');
    await screen.findByRole('table', { name: '企业座谈会列表' });

    await user.selectOptions(screen.getByRole('combobox', { name: '产业链' }), String(chain.id));

    await waitFor(() => expect(searchOf(history).get('chain')).toBe(String(chain.id)));
    const expected = await storedIds(eq(meetings.chainId, chain.id));
    await waitFor(() => expect(shownIds()).toEqual(expected));
  });
});

describe('meeting page', () => {
  it('shows the meeting, its firms and the problems raised there', async () => {
    const [busiest] = await api.db
      .select({ id: problems.meetingId, n: count() })
      .from(problems)
      .groupBy(problems.meetingId)
      .orderBy(desc(count()), asc(problems.meetingId))
      .limit(1);
    const id = Number(busiest?.id);
    const [meeting] = await api.db.select().from(meetings).where(eq(meetings.id, id));
    if (!meeting) throw new Error('No meeting');
    const firmCount = await countRows(api.db, meetingFirms, eq(meetingFirms.meetingId, id));

    renderApp(`/meetings/${id}`);

    expect(await screen.findByRole('heading', { level: 1, name: meeting.title })).toBeVisible();
    const firms = screen.getByRole('region', { name: `参会企业（${grouped(firmCount)} 家）` });
    expect(within(firms).getAllByRole('link')).toHaveLength(firmCount);
    const raised = screen.getByRole('region', {
      name: `会上收集的问题（${grouped(Number(busiest?.n))} 个）`,
    });
    const [firstProblem] = await api.db
      .select({ id: problems.id, title: problems.title })
      .from(problems)
      .where(eq(problems.meetingId, id))
      .orderBy(desc(problems.raisedOn), desc(problems.id))
      .limit(1);
    expect(within(raised).getAllByRole('link')[0]).toHaveAttribute(
      'href',
      `/problems/${firstProblem?.id}`,
    );
  });

  it('the problem page links back to the meeting it came from', async () => {
    const [problem] = await api.db
      .select({ id: problems.id, meetingId: problems.meetingId, title: meetings.title })
      .from(problems)
      .innerJoin(meetings, eq(problems.meetingId, meetings.id))
      .orderBy(asc(problems.id))
      .limit(1);
    if (!problem) throw new Error('No problem raised at a meeting');

    renderApp(`/problems/${problem.id}`);

    const facts = await screen.findByRole('region', { name: '基本信息' });
    expect(within(facts).getByRole('link', { name: new RegExp(problem.title) })).toHaveAttribute(
      'href',
      `/meetings/${problem.meetingId}`,
    );
  });
});
