import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { UserRole } from '@server/contract/auth';
import { securityEventTypes } from '@server/contract/domain';
import { departments, securityEvents } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { searchOf } from '../support/screen-text';
import { createTestUser, TEST_PASSWORD } from '../support/sessions';

// Signed in as the audit administrator unless a block says otherwise.
const api = setupApiServer({ signIn: { role: 'audit_admin' } });

beforeAll(async () => {
  await api.db.insert(securityEvents).values([
    {
      at: new Date('2026-06-13T02:00:00Z'),
      type: 'sign_in',
      result: 'failure',
      actor: 'mallory',
      object: 'mallory',
      clientAddress: '203.0.113.9',
      detail: { reason: 'wrong_password' },
    },
    {
      at: new Date('2026-06-14T15:30:00Z'),
      type: 'password_reset',
      result: 'success',
      actor: 'sec.zhang',
      actorRole: 'security_admin',
      object: 'li.ming',
      clientAddress: '198.51.100.20',
    },
    {
      at: new Date('2026-06-15T01:00:00Z'),
      type: 'unlock',
      result: 'success',
      actor: 'sec.zhang',
      actorRole: 'security_admin',
      object: 'mallory',
      clientAddress: '198.51.100.20',
      detail: { address: '203.0.113.9', cleared: 3 },
    },
  ]);
});

async function eventsTable() {
  return screen.findByRole('table', { name: '安全事件' });
}

/** Each row's cells as text, header first. */
function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) =>
      within(row)
        .getAllByRole(row.querySelector('th') ? 'columnheader' : 'cell')
        .map((cell) => cell.textContent ?? ''),
    );
}

describe('the security audit', () => {
  it('lists the events newest first, in words', async () => {
    renderApp('/security/audit');
    expect(await screen.findByRole('heading', { level: 1, name: '安全审计' })).toBeVisible();
    const [header, ...rows] = rowsOf(await eventsTable());

    expect(header).toEqual(['时间', '事件', '结果', '操作人', '对象', '地址', '详情']);
    expect(rows.map((row) => row.slice(1))).toEqual([
      [
        '解除登录限制',
        '成功',
        'sec.zhang（安全管理员）',
        'mallory',
        '198.51.100.20',
        '地址: 203.0.113.9; 清除次数: 3',
      ],
      ['重置密码', '成功', 'sec.zhang（安全管理员）', 'li.ming', '198.51.100.20', '—'],
      ['登录', '失败', 'mallory', 'mallory', '203.0.113.9', '原因: 密码错误'],
    ]);
    // The city's clock, to the second.
    expect(rows[0]?.[0]).toMatch(/2026.*6.*15.*09:00:00/);
    expect(screen.getByText('共 3 条')).toBeVisible();
  });

  it('filters by several event types, kept in the address', async () => {
    const { user, history } = renderApp('/security/audit');
    await eventsTable();
    const types = screen.getByRole('button', { name: '事件类型 全部类型' });
    expect(types).toHaveAttribute('aria-expanded', 'false');

    await user.click(types);
    const choices = screen.getByRole('group', { name: '事件类型' });
    // One choice per type the audit records.
    expect(within(choices).getAllByRole('checkbox')).toHaveLength(securityEventTypes.length);
    await user.click(within(choices).getByRole('checkbox', { name: '解除登录限制' }));
    await user.click(within(choices).getByRole('checkbox', { name: '登录' }));

    await waitFor(() => expect(searchOf(history).get('type')).toBe('sign_in,unlock'));
    expect(screen.getByRole('button', { name: '事件类型 已选 2 类' })).toBeVisible();
    await waitFor(async () =>
      expect(rowsOf(await eventsTable()).map((row) => row[1])).toEqual([
        '事件',
        '解除登录限制',
        '登录',
      ]),
    );
  });

  it('opens a pasted link with its filters, leaving out what is no filter', async () => {
    renderApp(
      '/security/audit?type=unlock,bogus,password_reset&result=success&actor=sec.zhang&from=2026-06-15&to=2026-02-30',
    );
    const table = await eventsTable();
    await waitFor(() =>
      expect(
        rowsOf(table)
          .slice(1)
          .map((row) => row[1]),
      ).toEqual(['解除登录限制']),
    );
    expect(screen.getByRole('combobox', { name: '结果' })).toHaveValue('success');
    expect(screen.getByRole('textbox', { name: '操作人' })).toHaveValue('sec.zhang');
    expect(screen.getByLabelText('起始日期')).toHaveValue('2026-06-15');
    expect(screen.getByLabelText('截止日期')).toHaveValue('');
  });

  it('narrows by result, search and days, and clears them all at once', async () => {
    const { user, history } = renderApp('/security/audit');
    await eventsTable();

    await user.selectOptions(screen.getByRole('combobox', { name: '结果' }), '失败');
    await waitFor(async () => expect(rowsOf(await eventsTable())).toHaveLength(2));
    await user.selectOptions(screen.getByRole('combobox', { name: '结果' }), '全部');
    await user.type(screen.getByRole('searchbox', { name: '搜索操作人、对象或地址' }), 'ZHANG');
    await user.click(screen.getByRole('button', { name: '搜索' }));
    await waitFor(async () =>
      expect(
        rowsOf(await eventsTable())
          .slice(1)
          .map((row) => row[4]),
      ).toEqual(['mallory', 'li.ming']),
    );
    fireEvent.change(screen.getByLabelText('截止日期'), { target: { value: '2026-06-14' } });
    await waitFor(async () =>
      expect(
        rowsOf(await eventsTable())
          .slice(1)
          .map((row) => row[1]),
      ).toEqual(['重置密码']),
    );
    expect(searchOf(history).get('q')).toBe('ZHANG');
    expect(searchOf(history).get('to')).toBe('2026-06-14');

    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(async () => expect(rowsOf(await eventsTable())).toHaveLength(4));
    expect(searchOf(history).toString()).toBe('');
  });

  it('exports what the filters select, and the export is itself recorded', async () => {
    const { createObjectURL, revokeObjectURL } = URL;
    let handed: Blob | undefined;
    URL.createObjectURL = (blob: Blob) => {
      handed = blob;
      return 'blob:export';
    };
    URL.revokeObjectURL = () => {};
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    try {
      const { user } = renderApp('/security/audit?result=failure');
      await eventsTable();

      await user.click(screen.getByRole('button', { name: '导出 CSV' }));

      await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
      const link = click.mock.contexts[0] as HTMLAnchorElement;
      expect(link.download).toMatch(/^安全审计_\d{4}-\d{2}-\d{2}\.csv$/);
      const lines = (await (handed as Blob).text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain('登录,失败,mallory');
      const [recorded] = await api.db
        .select()
        .from(securityEvents)
        .orderBy(desc(securityEvents.id))
        .limit(1);
      expect(recorded).toMatchObject({
        type: 'security_audit_export',
        actor: api.user?.username,
        detail: { format: 'csv', filters: { result: 'failure' }, rows: 1 },
      });
    } finally {
      click.mockRestore();
      Object.assign(URL, { createObjectURL, revokeObjectURL });
    }
  });

  it('is in English on English pages', async () => {
    renderApp('/security/audit?type=sign_in', { language: 'en-US' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Security audit' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Security events' });
    await waitFor(() =>
      expect(
        rowsOf(table)
          .slice(1)
          .map((row) => row.slice(1, 3)),
      ).toEqual([['Sign-in', 'Failed']]),
    );
    expect(within(table).getByText('Reason: Wrong password')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Event types 1 type chosen' })).toBeVisible();
  });

  it('is not for the other administrators', async () => {
    await api.signInAs({ role: 'security_admin' });
    try {
      renderApp('/security/audit');
      expect(await screen.findByRole('heading', { level: 1, name: '没有权限' })).toBeVisible();
      expect(screen.getByText('只有审计管理员可以查看安全审计。')).toBeVisible();
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
    } finally {
      await api.signInAs({ role: 'audit_admin' });
    }
  });
});

/*
 * 三权分立 in the frame: each role sees its own sections, lands on its own first screen, and a
 * role without the chains' data gets a screen saying so on a data page, not an error.
 */
describe('the sections of each role', () => {
  const data = [
    '总览',
    '园区',
    '企业',
    '集群',
    '项目',
    '招商',
    '企业问题',
    '座谈会',
    '督办',
    '本周变化',
    '演示',
    '大屏',
  ];
  it.each<[UserRole, string[]]>([
    ['viewer', data],
    ['editor', data],
    ['admin', [...data, '用户管理', '修改记录', '指标季度锁定']],
    ['security_admin', ['用户管理', '安全策略']],
    ['audit_admin', ['安全审计', '修改记录']],
    // Their own problems first, in place of the overview (their `/` leads there).
    ['department', ['本部门问题', ...data.slice(1)]],
  ])('shows a %s %j', async (role, sections) => {
    const [department] = await api.db.select({ id: departments.id }).from(departments).limit(1);
    await api.signInAs({
      role,
      chainIds: role === 'editor' ? [1] : [],
      departmentId: role === 'department' ? (department?.id ?? null) : null,
    });
    try {
      renderApp('/admin/audit');
      const nav = await screen.findByRole('navigation', { name: '主导航' });
      expect(
        within(nav)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(sections);
    } finally {
      await api.signInAs({ role: 'audit_admin' });
    }
  });

  it.each<[UserRole, string, string]>([
    ['audit_admin', '/firms', '/security/audit'],
    ['security_admin', '/chains/1', '/admin/users'],
  ])(
    'tells a %s that %s is not for their role, and asks the API nothing',
    async (role, page, home) => {
      await api.signInAs({ role });
      const refused: string[] = [];
      const listen = ({ request, response }: { request: Request; response: Response }) => {
        if (response.status === 403) refused.push(request.url);
      };
      api.server.events.on('response:mocked', listen);
      try {
        const { user, history } = renderApp(page);
        expect(
          await screen.findByRole('heading', { level: 1, name: '此页面不对您的角色开放' }),
        ).toBeVisible();
        expect(screen.getByRole('navigation', { name: '主导航' })).toBeVisible();
        expect(screen.getByRole('link', { name: '产业链链长制管理驾驶舱' })).toHaveAttribute(
          'href',
          home,
        );

        await user.click(screen.getByRole('link', { name: '前往我的工作页面' }));
        await waitFor(() => expect(history.location.pathname).toBe(home));
        expect(refused).toEqual([]);
      } finally {
        api.server.events.removeListener('response:mocked', listen);
        await api.signInAs({ role: 'audit_admin' });
      }
    },
  );

  it.each<[UserRole, string, string]>([
    ['security_admin', '/admin/users', '用户管理'],
    ['audit_admin', '/security/audit', '安全审计'],
  ])('lands a %s on %s after signing in', async (role, home, heading) => {
    const person = await createTestUser(api.db, { role });
    await api.signInAs('none');
    try {
      const { user, history } = renderApp('/');
      await screen.findByRole('heading', { level: 1, name: '登录' });
      await user.type(screen.getByLabelText('用户名'), person.username);
      await user.type(screen.getByLabelText('密码'), TEST_PASSWORD);
      await user.click(screen.getByRole('button', { name: '登录' }));

      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeVisible();
      expect(history.location.pathname).toBe(home);
      const [signedIn] = await api.db
        .select()
        .from(securityEvents)
        .where(eq(securityEvents.actor, person.username))
        .orderBy(desc(securityEvents.id))
        .limit(1);
      expect(signedIn).toMatchObject({ type: 'sign_in', result: 'success', actorRole: role });
    } finally {
      await api.signInAs({ role: 'audit_admin' });
    }
  });
});
