import { screen, waitFor, within } from '@testing-library/react';
import { and, eq, isNull } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recoveryCodes, sessions, users } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { countRows } from '../support/screen-text';
import { setSecurityPolicy, useSamplePolicy } from '../support/security-policy';
import { totpCode } from '../support/totp';

/*
 * 账号安全: one's own password and second factor — turning it on, new recovery codes, turning it
 * off where the role allows — and the security administrator's reset of someone else's.
 */

const api = setupApiServer({ signIn: 'viewer' });

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

// A user of their own per test: a second factor must not leak into the next test.
beforeEach(async () => {
  await api.signInAs('viewer');
});
afterEach(() => useSamplePolicy(api.db));

async function withSecondFactor() {
  const id = api.user?.id ?? 0;
  await api.db.update(users).set({ totpSecret: SECRET }).where(eq(users.id, id));
  await api.db.update(sessions).set({ secondFactorAt: new Date() }).where(eq(sessions.userId, id));
  return id;
}

async function openAccount() {
  const view = renderApp('/');
  const menu = await screen.findByRole('group', { name: '当前用户' });
  await view.user.click(within(menu).getByRole('link', { name: '账号安全' }));
  expect(await screen.findByRole('heading', { level: 1, name: '账号安全' })).toBeVisible();
  const section = await screen.findByRole('region', { name: '双因素认证' });
  return { ...view, section };
}

describe('the account page', () => {
  it('turns the second factor on: the QR code, the first code, the recovery codes', async () => {
    const { user, section, history } = await openAccount();
    expect(history.location.pathname).toBe('/account');
    expect(within(section).getByText('未开启。')).toBeVisible();

    await user.click(within(section).getByRole('button', { name: '开启双因素认证' }));
    expect(await within(section).findByRole('img', { name: '绑定验证器的二维码' })).toBeVisible();
    const secret =
      within(section)
        .getByText(/^[A-Z2-7]{4}( [A-Z2-7]{4})+$/)
        .textContent?.replaceAll(' ', '') ?? '';
    await user.type(
      within(section).getByLabelText('第二步：输入应用显示的 6 位验证码'),
      totpCode(secret),
    );
    await user.click(within(section).getByRole('button', { name: '完成绑定' }));

    const codes = await within(section).findByRole('list', { name: '恢复码' });
    expect(within(codes).getAllByRole('listitem')).toHaveLength(10);
    await user.click(within(section).getByRole('checkbox', { name: '我已妥善保存这些恢复码' }));
    await user.click(within(section).getByRole('button', { name: '继续' }));

    expect(await within(section).findByText('双因素认证已开启。')).toBeVisible();
    expect(await within(section).findByText('剩余 10 个未用的恢复码。')).toBeVisible();
    const [stored] = await api.db
      .select()
      .from(users)
      .where(eq(users.id, api.user?.id ?? 0));
    expect(stored?.totpSecret).toBe(secret);
  });

  it('makes new recovery codes with a current code, after saying a wrong one is wrong', async () => {
    const id = await withSecondFactor();
    const { user, section } = await openAccount();
    expect(within(section).getByText('已开启：登录时需输入验证器应用的验证码。')).toBeVisible();

    await user.click(within(section).getByRole('button', { name: '重新生成恢复码' }));
    await user.type(within(section).getByLabelText('验证码'), '000000');
    await user.click(within(section).getByRole('button', { name: '生成新的恢复码' }));
    await waitFor(() =>
      expect(within(section).getByLabelText('验证码')).toHaveAccessibleDescription(
        '验证码不正确或已用过。',
      ),
    );
    await user.clear(within(section).getByLabelText('验证码'));
    await user.type(within(section).getByLabelText('验证码'), totpCode(SECRET));
    await user.click(within(section).getByRole('button', { name: '生成新的恢复码' }));

    const codes = await within(section).findByRole('list', { name: '恢复码' });
    expect(within(codes).getAllByRole('listitem')).toHaveLength(10);
    expect(
      await countRows(
        api.db,
        recoveryCodes,
        and(eq(recoveryCodes.userId, id), isNull(recoveryCodes.usedAt)),
      ),
    ).toBe(10);
  });

  it('turns the second factor off where the role allows, and offers no way to where it does not', async () => {
    const id = await withSecondFactor();
    const { user, section } = await openAccount();
    await user.click(within(section).getByRole('button', { name: '关闭双因素认证' }));
    await user.type(within(section).getByLabelText('验证码'), totpCode(SECRET));
    await user.click(within(section).getByRole('button', { name: '关闭双因素认证' }));
    expect(await within(section).findByText('双因素认证已关闭。')).toBeVisible();
    expect(within(section).getByText('未开启。')).toBeVisible();
    const [stored] = await api.db.select().from(users).where(eq(users.id, id));
    expect(stored?.totpSecret).toBeNull();
  });

  it('keeps a required second factor on: no button turns it off', async () => {
    await setSecurityPolicy(api.db, { secondFactorRoles: ['viewer'] });
    await withSecondFactor();
    const { section } = await openAccount();
    expect(within(section).getByText('您的角色必须使用双因素认证。')).toBeVisible();
    expect(within(section).getByRole('button', { name: '重新生成恢复码' })).toBeVisible();
    expect(
      within(section).queryByRole('button', { name: '关闭双因素认证' }),
    ).not.toBeInTheDocument();
  });

  it('is in English on English pages', async () => {
    renderApp('/account', { language: 'en-US' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Account security' }),
    ).toBeVisible();
    const section = await screen.findByRole('region', { name: 'Second factor' });
    expect(
      within(section).getByRole('button', { name: 'Turn on the second factor' }),
    ).toBeVisible();
  });
});

describe('the security administrator on the users page', () => {
  it('resets a user’s second factor after confirming, signing them out', async () => {
    const target = await api.otherUser('editor', [1]);
    await api.db.update(users).set({ totpSecret: SECRET }).where(eq(users.id, target.id));
    await api.signInAs({ role: 'security_admin' });
    const { user } = renderApp('/admin/users');

    const reset = await screen.findByRole('button', {
      name: `重置双因素：${target.username}`,
    });
    await user.click(reset);
    const dialog = await screen.findByRole('dialog', {
      name: `重置双因素认证：${target.username}`,
    });
    await user.click(within(dialog).getByRole('button', { name: '重置' }));
    expect(
      await within(dialog).findByText(`已重置 ${target.displayName} 的双因素认证。`),
    ).toBeVisible();
    const [stored] = await api.db.select().from(users).where(eq(users.id, target.id));
    expect(stored?.totpSecret).toBeNull();
    const [session] = await api.db.select().from(sessions).where(eq(sessions.userId, target.id));
    expect(session?.endReason).toBe('second_factor_reset');

    await user.click(within(dialog).getByRole('button', { name: '关闭' }));
    // No second factor left to reset: the action is gone from that row.
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: `重置双因素：${target.username}` }),
      ).not.toBeInTheDocument(),
    );
  });

  it('is not offered to the system administrator', async () => {
    const target = await api.otherUser('viewer');
    await api.db.update(users).set({ totpSecret: SECRET }).where(eq(users.id, target.id));
    await api.signInAs('admin');
    renderApp('/admin/users');
    expect(await screen.findByRole('table', { name: '用户列表' })).toBeInTheDocument();
    expect(await screen.findByText(target.username)).toBeVisible();
    expect(
      screen.queryByRole('button', { name: `重置双因素：${target.username}` }),
    ).not.toBeInTheDocument();
  });
});
