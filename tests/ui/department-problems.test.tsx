import { screen, waitFor, within } from '@testing-library/react';
import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { problemPageSchema } from '@server/contract/problems';
import { departments, problems } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { countRows, grouped, searchOf } from '../support/screen-text';
import { createTestUser, TEST_PASSWORD } from '../support/sessions';

const api = setupApiServer({ signIn: 'none' });

const shown = isNull(problems.withdrawnAt);

/** The department with the most problems at its desk (assigned, not yet back with the firm). */
async function busiestDepartment() {
  const [department] = await api.db
    .select({ id: departments.id, name: departments.name })
    .from(problems)
    .innerJoin(departments, eq(problems.ownerDepartmentId, departments.id))
    .where(and(shown, eq(problems.status, 'assigned')))
    .groupBy(departments.id, departments.name)
    .orderBy(desc(count()), asc(departments.id))
    .limit(1);
  if (!department) throw new Error('The sample has no assigned problem');
  return department;
}

let department: { id: number; name: string };

beforeAll(async () => {
  department = await busiestDepartment();
  await api.signInAs({ role: 'department', departmentId: department.id });
});

/** The problem ids the API lists for `query`, in its order, as the signed-in user. */
async function apiIds(query: Record<string, string>) {
  const search = new URLSearchParams({ ...query, department: String(department.id) });
  const response = await api.app.fetch(
    new Request(`http://localhost/api/problems?${search.toString()}`, {
      headers: { cookie: api.cookie() },
    }),
  );
  return problemPageSchema.parse(await response.json()).items.map((problem) => problem.id);
}

/** The ids of the problems listed, read from their links. */
function shownIds() {
  return within(screen.getByRole('table', { name: '本部门问题列表' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      Number(within(row).getAllByRole('link')[0]?.getAttribute('href')?.split('/').pop()),
    );
}

/** How many of the department's problems the database holds at a handling stage. */
function storedAtStage(stage: string) {
  return countRows(
    api.db,
    problems,
    and(
      shown,
      eq(problems.ownerDepartmentId, department.id),
      eq(problems.status, 'assigned'),
      sql`coalesce(${problems.handlingStage}, 'awaiting_acceptance') = ${stage}`,
    ),
  );
}

describe('本部门问题', () => {
  it('is where a department user lands, first in the nav, with no overview entry', async () => {
    const { history } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: '本部门问题' })).toBeVisible();
    expect(history.location.pathname).toBe('/department');
    const nav = screen.getByRole('navigation', { name: '主导航' });
    const links = within(nav).getAllByRole('link');
    expect(links[0]).toHaveTextContent('本部门问题');
    expect(links[0]).toHaveAttribute('aria-current', 'page');
    expect(within(nav).queryByRole('link', { name: '总览' })).not.toBeInTheDocument();
  });

  it('is where a department user arrives after signing in', async () => {
    const person = await createTestUser(api.db, {
      role: 'department',
      departmentId: department.id,
    });
    await api.signInAs('none');
    try {
      const { user, history } = renderApp('/sign-in');
      await screen.findByRole('heading', { level: 1, name: '登录' });
      await user.type(screen.getByLabelText('用户名'), person.username);
      await user.type(screen.getByLabelText('密码'), TEST_PASSWORD);
      await user.click(screen.getByRole('button', { name: '登录' }));

      expect(await screen.findByRole('heading', { level: 1, name: '本部门问题' })).toBeVisible();
      expect(history.location.pathname).toBe('/department');
    } finally {
      await api.signInAs({ role: 'department', departmentId: department.id });
    }
  });

  it('lists only its department’s problems, red first, as the API orders them', async () => {
    renderApp('/department');
    await screen.findByRole('table', { name: '本部门问题列表' });

    const expected = await apiIds({ sort: 'urgency', order: 'asc' });
    await waitFor(() => expect(shownIds()).toEqual(expected));
    const total = await countRows(
      api.db,
      problems,
      and(shown, eq(problems.ownerDepartmentId, department.id)),
    );
    expect(screen.getByText(`共 ${grouped(total)} 条`)).toBeVisible();
    const rows = within(screen.getByRole('table', { name: '本部门问题列表' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('红牌督办');
  });

  it('counts the problems at each step, and a step filters the list and the address', async () => {
    const { user, history } = renderApp('/department');
    const steps = await screen.findByRole('group', { name: '按办理环节筛选' });
    const awaiting = await storedAtStage('awaiting_acceptance');
    expect(awaiting, 'the department has problems to accept').toBeGreaterThan(0);

    const awaitingButton = await within(steps).findByRole('button', {
      name: `待受理 ${grouped(awaiting)}`,
    });
    for (const [stage, label] of [
      ['accepted', '办理中'],
      ['handled', '已办理，待企业反馈'],
    ] as const) {
      const button = within(steps).getByRole('button', {
        name: `${label} ${grouped(await storedAtStage(stage))}`,
      });
      expect(button).toHaveAttribute('aria-pressed', 'false');
    }

    await user.click(awaitingButton);
    await waitFor(() => expect(searchOf(history).get('step')).toBe('awaiting_acceptance'));
    expect(awaitingButton).toHaveAttribute('aria-pressed', 'true');
    const expected = await apiIds({ stage: 'awaiting_acceptance', sort: 'urgency', order: 'asc' });
    await waitFor(() => expect(shownIds()).toEqual(expected));
    expect(screen.getByText(`共 ${grouped(awaiting)} 条`)).toBeVisible();

    await user.click(within(steps).getByRole('button', { name: /^已办结/ }));
    await waitFor(() => expect(searchOf(history).get('step')).toBe('resolved'));
    const resolved = await apiIds({ status: 'resolved', sort: 'urgency', order: 'asc' });
    await waitFor(() => expect(shownIds()).toEqual(resolved));

    await user.click(within(steps).getByRole('button', { name: '全部' }));
    await waitFor(() => expect(searchOf(history).has('step')).toBe(false));
  });

  it('links each row to the problem’s page, where its steps are', async () => {
    const { user } = renderApp('/department?step=awaiting_acceptance');
    await screen.findByRole('table', { name: '本部门问题列表' });
    const [first] = await apiIds({ stage: 'awaiting_acceptance', sort: 'urgency', order: 'asc' });
    await waitFor(() => expect(shownIds()[0]).toBe(first));
    const table = screen.getByRole('table', { name: '本部门问题列表' });
    const link = within(within(table).getAllByRole('row')[1] as HTMLElement).getAllByRole(
      'link',
    )[0] as HTMLElement;
    expect(link).toHaveAttribute('href', `/problems/${String(first)}`);

    await user.click(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: link.textContent ?? '' }),
    ).toBeVisible();
    expect(await screen.findByRole('button', { name: '受理' })).toBeVisible();
  });

  it.each(['viewer', 'editor'] as const)(
    'is not for a %s: no nav entry, and its address leads to the overview',
    async (role) => {
      await api.signInAs({ role, chainIds: role === 'editor' ? [1] : [] });
      try {
        const { history } = renderApp('/department');
        const nav = await screen.findByRole('navigation', { name: '主导航' });
        await waitFor(() => expect(history.location.pathname).toBe('/'));
        expect(within(nav).getByRole('link', { name: '总览' })).toBeVisible();
        expect(within(nav).queryByRole('link', { name: '本部门问题' })).not.toBeInTheDocument();
      } finally {
        await api.signInAs({ role: 'department', departmentId: department.id });
      }
    },
  );
});
