import { screen, waitFor, within } from '@testing-library/react';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { securityPolicy } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';

// Signed in as the security administrator unless a test says otherwise.
const api = setupApiServer({ signIn: { role: 'security_admin' } });

async function storedPolicy() {
  const [row] = await api.db.select().from(securityPolicy).where(eq(securityPolicy.id, 1));
  if (!row) throw new Error('No policy row');
  return row;
}

async function openForm() {
  const view = renderApp('/security/policy');
  expect(await screen.findByRole('heading', { level: 1, name: '安全策略' })).toBeVisible();
  await screen.findByRole('group', { name: '密码' });
  return view;
}

async function retype(
  user: ReturnType<typeof renderApp>['user'],
  label: string,
  value: string,
): Promise<HTMLElement> {
  const input = screen.getByLabelText(label);
  await user.clear(input);
  await user.type(input, value);
  return input;
}

describe('the security policy page', () => {
  it('is linked from the navigation and shows every setting by group, with what it does and its bounds', async () => {
    const { user } = renderApp('/');
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    await user.click(within(nav).getByRole('link', { name: '安全策略' }));
    expect(await screen.findByRole('heading', { level: 1, name: '安全策略' })).toBeVisible();

    const password = await screen.findByRole('group', { name: '密码' });
    expect(screen.getByText('第 1 版，尚未经安全管理员修改。')).toBeVisible();
    expect(within(password).getByLabelText('最短长度（字符）')).toHaveValue(10);
    expect(within(password).getByLabelText('最短长度（字符）')).toHaveAccessibleDescription(
      '新密码至少要有的字符数，8 到 64。',
    );
    expect(within(password).getByLabelText('字符种类')).toHaveValue(3);
    expect(within(password).getByLabelText('不得重复最近几次的密码')).toHaveValue(5);
    // The sample city's passwords never age.
    expect(within(password).getByLabelText('密码有效期（天）')).toHaveValue(0);

    const secondFactor = screen.getByRole('group', { name: '双因素认证' });
    const roles = within(secondFactor).getByRole('group', { name: '需要双因素认证的角色' });
    for (const role of ['查看者', '编辑者', '系统管理员', '安全管理员', '审计管理员']) {
      expect(within(roles).getByRole('checkbox', { name: role })).not.toBeChecked();
    }

    const session = screen.getByRole('group', { name: '会话' });
    expect(within(session).getByLabelText('空闲超时（分钟）')).toHaveValue(30);
    expect(within(session).getByLabelText('会话最长时间（小时）')).toHaveValue(12);
    expect(
      within(session).getByRole('checkbox', { name: '每个账号只允许一个会话' }),
    ).not.toBeChecked();
    expect(within(session).getByLabelText('每个会话每分钟请求数上限')).toHaveAccessibleDescription(
      '超过后服务器暂时拒绝该会话的请求，防止滥用，60 到 100,000。',
    );
    const audit = screen.getByRole('group', { name: '审计' });
    expect(within(audit).getByLabelText('审计日志保存期（天）')).toHaveValue(180);
  });

  it('checks each setting against its bounds before sending, naming the problem at the field', async () => {
    const before = await storedPolicy();
    const { user } = await openForm();
    const length = await retype(user, '最短长度（字符）', '7');
    const retention = await retype(user, '审计日志保存期（天）', '4000');
    await user.click(screen.getByRole('button', { name: '保存安全策略' }));

    await waitFor(() => expect(length).toHaveAccessibleDescription(/不能小于 8。/));
    expect(retention).toHaveAccessibleDescription(/不能大于 3,650。/);
    expect(length).toHaveAttribute('aria-invalid', 'true');
    expect(await storedPolicy()).toEqual(before);
  });

  it('saves the settings and says so; the policy is in force with its next version', async () => {
    const before = await storedPolicy();
    const { user } = await openForm();
    await retype(user, '最短长度（字符）', '12');
    // Neither the security nor the system administrator's role: their sessions in these tests
    // would have to enrol one at once.
    await user.click(screen.getByRole('checkbox', { name: '编辑者' }));
    await user.click(screen.getByRole('checkbox', { name: '审计管理员' }));
    await user.click(screen.getByRole('checkbox', { name: '每个账号只允许一个会话' }));
    await user.click(screen.getByRole('button', { name: '保存安全策略' }));

    expect(
      await screen.findByText(`安全策略已保存（第 ${before.version + 1} 版）。`),
    ).toHaveAttribute('role', 'status');
    expect(await storedPolicy()).toMatchObject({
      passwordMinLength: 12,
      secondFactorRoles: ['editor', 'audit_admin'],
      singleSession: true,
      sessionIdleMinutes: before.sessionIdleMinutes,
      version: before.version + 1,
      updatedBy: api.user?.username,
    });
    expect(screen.getByLabelText('最短长度（字符）')).toHaveValue(12);
    expect(
      screen.getByText(
        new RegExp(`^第 ${before.version + 1} 版，.+ 由 ${api.user?.username} 保存$`),
      ),
    ).toBeVisible();
  });

  it('after someone else’s save shows the policy now and what the user had entered, then saves on it', async () => {
    const { user } = await openForm();
    // Another security administrator saves first.
    const other = await api.otherUser('security_admin');
    const opened = await storedPolicy();
    const theirs = await api.app.request('/api/security/policy', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: other.cookie },
      body: JSON.stringify({
        passwordMinLength: 16,
        passwordMinClasses: opened.passwordMinClasses,
        passwordHistory: opened.passwordHistory,
        passwordMaxAgeDays: opened.passwordMaxAgeDays,
        secondFactorRoles: opened.secondFactorRoles,
        sessionIdleMinutes: opened.sessionIdleMinutes,
        sessionLifetimeHours: opened.sessionLifetimeHours,
        singleSession: opened.singleSession,
        requestsPerMinute: opened.requestsPerMinute,
        auditRetentionDays: opened.auditRetentionDays,
        version: opened.version,
      }),
    });
    expect(theirs.status).toBe(200);

    await retype(user, '空闲超时（分钟）', '20');
    await user.click(screen.getByRole('button', { name: '保存安全策略' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`安全策略已被${other.displayName}修改，您的修改没有保存。`);
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      `空闲超时（分钟）：您填写的是 20，当前为 ${opened.sessionIdleMinutes}`,
    );
    expect(screen.getByLabelText('最短长度（字符）')).toHaveValue(16);
    expect(screen.getByLabelText('空闲超时（分钟）')).toHaveValue(opened.sessionIdleMinutes);
    expect(await storedPolicy()).toMatchObject({ sessionIdleMinutes: opened.sessionIdleMinutes });

    await retype(user, '空闲超时（分钟）', '20');
    await user.click(screen.getByRole('button', { name: '保存安全策略' }));
    expect(
      await screen.findByText(`安全策略已保存（第 ${opened.version + 2} 版）。`),
    ).toBeVisible();
    expect(await storedPolicy()).toMatchObject({ passwordMinLength: 16, sessionIdleMinutes: 20 });
  });

  it('is in English for English readers', async () => {
    renderApp('/security/policy', { language: 'en-US' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Security policy' })).toBeVisible();
    expect(await screen.findByLabelText('Minimum length (characters)')).toHaveAccessibleDescription(
      'The fewest characters a new password may have, 8 to 64.',
    );
    expect(screen.getByRole('group', { name: 'Second factor' })).toBeVisible();
  });

  it('is not for the system administrator, who has no link to it', async () => {
    await api.signInAs('admin');
    renderApp('/security/policy');
    expect(await screen.findByRole('heading', { level: 1, name: '没有权限' })).toBeVisible();
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(within(nav).queryByRole('link', { name: '安全策略' })).toBeNull();
    await api.signInAs({ role: 'security_admin' });
  });
});
