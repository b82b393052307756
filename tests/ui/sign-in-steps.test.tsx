import { screen, waitFor, within } from '@testing-library/react';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenDigest } from '@server/app/auth/sessions';
import { renewRecoveryCodes } from '@server/app/auth/second-factor';
import { verifyPassword } from '@server/app/auth/passwords';
import { sessions, users } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { searchOf } from '../support/screen-text';
import { setSecurityPolicy, useSamplePolicy } from '../support/security-policy';
import { createTestUser, TEST_PASSWORD } from '../support/sessions';
import { totpCode } from '../support/totp';

/*
 * The sign-in page walks the steps the server names: the password, then the second factor, a
 * new password, or enrolling a second factor; the route guard sends a session at a step there;
 * an ended session's sign-in page says why; the frame tells of earlier sign-ins.
 */

const api = setupApiServer({ signIn: 'none' });

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

afterEach(async () => {
  await useSamplePolicy(api.db);
  await api.signInAs('none');
  sessionStorage.clear();
});

async function signInWithPassword(username: string, url = '/') {
  const view = renderApp(url);
  await screen.findByRole('heading', { level: 1, name: '登录' });
  await view.user.type(screen.getByLabelText('用户名'), username);
  await view.user.type(screen.getByLabelText('密码'), TEST_PASSWORD);
  await view.user.click(screen.getByRole('button', { name: '登录' }));
  return view;
}

describe('the second factor', () => {
  it('asks for the app’s code after the password, says when it is wrong, then goes on', async () => {
    const editor = await createTestUser(api.db, { role: 'editor', chainIds: [1] });
    await api.db.update(users).set({ totpSecret: SECRET }).where(eq(users.id, editor.id));
    const { user, history } = await signInWithPassword(editor.username);

    expect(await screen.findByRole('heading', { level: 1, name: '双因素认证' })).toBeVisible();
    expect(history.location.pathname).toBe('/sign-in');
    await user.type(screen.getByLabelText('验证码'), '000000');
    await user.click(screen.getByRole('button', { name: '验证' }));
    await waitFor(() =>
      expect(screen.getByLabelText('验证码')).toHaveAccessibleDescription('验证码不正确或已用过。'),
    );

    await user.clear(screen.getByLabelText('验证码'));
    await user.type(screen.getByLabelText('验证码'), totpCode(SECRET));
    await user.click(screen.getByRole('button', { name: '验证' }));
    await waitFor(() => expect(history.location.pathname).toBe('/chains/1'));
  });

  it('takes a recovery code instead', async () => {
    const viewer = await createTestUser(api.db, { role: 'viewer' });
    await api.db.update(users).set({ totpSecret: SECRET }).where(eq(users.id, viewer.id));
    const [code = ''] = await api.db.transaction((tx) => renewRecoveryCodes(tx, viewer.id));
    const { user, history } = await signInWithPassword(viewer.username);

    await screen.findByRole('heading', { level: 1, name: '双因素认证' });
    await user.click(screen.getByRole('button', { name: '改用恢复码' }));
    await user.type(screen.getByLabelText('恢复码'), code);
    await user.click(screen.getByRole('button', { name: '验证' }));
    expect(await screen.findByRole('heading', { level: 1, name: '产业链总览' })).toBeVisible();
    expect(history.location.pathname).toBe('/');
  });
});

describe('a new password', () => {
  it('shows the policy’s rules, checks them before sending, and needs no second typing of the old one', async () => {
    await setSecurityPolicy(api.db, { passwordMinLength: 12, passwordMinClasses: 3 });
    const viewer = await createTestUser(api.db, { role: 'viewer' });
    await api.db.update(users).set({ mustChangePassword: true }).where(eq(users.id, viewer.id));
    const { user, history } = await signInWithPassword(viewer.username);

    expect(await screen.findByRole('heading', { level: 1, name: '设置新密码' })).toBeVisible();
    // The rules load with the step.
    expect(await screen.findByText('至少 12 个字符')).toBeVisible();
    expect(screen.getByText('包含小写字母、大写字母、数字、其他字符中的至少 3 类')).toBeVisible();
    expect(screen.queryByLabelText('当前密码')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('新密码'), 'only lower case');
    await user.type(screen.getByLabelText('再次输入新密码'), 'only lower case');
    await user.click(screen.getByRole('button', { name: '设置新密码' }));
    await waitFor(() =>
      expect(screen.getByLabelText('新密码')).toHaveAccessibleDescription(
        '须包含小写字母、大写字母、数字、其他字符中的至少 3 类。',
      ),
    );

    for (const field of ['新密码', '再次输入新密码']) {
      await user.clear(screen.getByLabelText(field));
      await user.type(screen.getByLabelText(field), 'Mixed Case 12');
    }
    await user.click(screen.getByRole('button', { name: '设置新密码' }));
    expect(await screen.findByRole('heading', { level: 1, name: '产业链总览' })).toBeVisible();
    expect(history.location.pathname).toBe('/');
    const [stored] = await api.db.select().from(users).where(eq(users.id, viewer.id));
    expect(stored?.mustChangePassword).toBe(false);
    expect(await verifyPassword('Mixed Case 12', stored?.passwordHash ?? '')).toBe(true);
  });

  it('is where the route guard sends a session that must change its password, asking for the current one after a reload', async () => {
    const signedIn = await api.signInAs('viewer');
    await api.db
      .update(users)
      .set({ mustChangePassword: true })
      .where(eq(users.id, signedIn?.id ?? 0));
    const { user, history } = renderApp('/firms');

    expect(await screen.findByRole('heading', { level: 1, name: '设置新密码' })).toBeVisible();
    expect(history.location.pathname).toBe('/sign-in');
    expect(searchOf(history).get('redirect')).toBe('/firms');
    await user.type(await screen.findByLabelText('当前密码'), TEST_PASSWORD);
    for (const field of ['新密码', '再次输入新密码']) {
      await user.type(screen.getByLabelText(field), 'a-fresh-passphrase-5');
    }
    await user.click(screen.getByRole('button', { name: '设置新密码' }));
    expect(await screen.findByRole('heading', { level: 1, name: '企业' })).toBeVisible();
  });
});

describe('enrolling a second factor', () => {
  it('shows the QR code and the key, confirms the first code, then the recovery codes until saved', async () => {
    await setSecurityPolicy(api.db, { secondFactorRoles: ['editor'] });
    const editor = await createTestUser(api.db, { role: 'editor', chainIds: [1] });
    const { user, history } = await signInWithPassword(editor.username, '/parks');

    expect(await screen.findByRole('heading', { level: 1, name: '绑定双因素认证' })).toBeVisible();
    expect(await screen.findByRole('img', { name: '绑定验证器的二维码' })).toBeVisible();
    const key = screen.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{4})+$/);
    const secret = key.textContent?.replaceAll(' ', '') ?? '';
    await user.type(screen.getByLabelText('第二步：输入应用显示的 6 位验证码'), totpCode(secret));
    await user.click(screen.getByRole('button', { name: '完成绑定' }));

    expect(await screen.findByRole('heading', { level: 2, name: '保存恢复码' })).toBeVisible();
    const codes = within(screen.getByRole('list', { name: '恢复码' })).getAllByRole('listitem');
    expect(codes).toHaveLength(10);
    const goOn = screen.getByRole('button', { name: '继续' });
    expect(goOn).toBeDisabled();
    // Still here: the codes are shown only now.
    expect(history.location.pathname).toBe('/sign-in');
    await user.click(screen.getByRole('checkbox', { name: '我已妥善保存这些恢复码' }));
    await user.click(goOn);

    expect(await screen.findByRole('heading', { level: 1, name: '园区' })).toBeVisible();
    const [stored] = await api.db.select().from(users).where(eq(users.id, editor.id));
    expect(stored?.totpSecret).toBe(secret);
  });

  it('lets the user sign out from a step and sign in as someone else', async () => {
    await setSecurityPolicy(api.db, { secondFactorRoles: ['editor'] });
    const editor = await createTestUser(api.db, { role: 'editor', chainIds: [1] });
    const { user } = await signInWithPassword(editor.username);
    await screen.findByRole('heading', { level: 1, name: '绑定双因素认证' });
    await user.click(screen.getByRole('button', { name: '换一个账号登录' }));
    expect(await screen.findByRole('heading', { level: 1, name: '登录' })).toBeVisible();
    expect(screen.getByLabelText('用户名')).toHaveValue('');
  });
});

describe('a session that ended', () => {
  it('says on the sign-in page that the account signed in elsewhere', async () => {
    const signedIn = await api.signInAs('viewer');
    const { history } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: '产业链总览' })).toBeVisible();
    await api.db
      .update(sessions)
      .set({ endedAt: new Date(), endReason: 'replaced' })
      .where(eq(sessions.tokenHash, await tokenDigest(signedIn?.token ?? '')));

    history.push('/parks');
    expect(await screen.findByText('此账号已在其他地方登录，本会话已结束。')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();
    expect(searchOf(history).get('redirect')).toBe('/parks');
  });

  it('says so in English too, when the address is opened afresh', async () => {
    const signedIn = await api.signInAs('viewer');
    await api.db
      .update(sessions)
      .set({ endedAt: new Date(), endReason: 'idle' })
      .where(eq(sessions.tokenHash, await tokenDigest(signedIn?.token ?? '')));
    renderApp('/projects', { language: 'en-US' });
    expect(
      await screen.findByText(
        'You were signed out after a while without activity. Please sign in again.',
      ),
    ).toBeVisible();
  });
});

describe('the notice of earlier sign-ins', () => {
  it('tells the previous sign-in and the failures since, until dismissed', async () => {
    const viewer = await createTestUser(api.db, { role: 'viewer' });
    // An earlier sign-in, then a wrong password.
    const login = (password: string) =>
      api.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: viewer.username, password }),
      });
    expect((await login(TEST_PASSWORD)).status).toBe(200);
    expect((await login('not-the-password')).status).toBe(401);

    const { user } = await signInWithPassword(viewer.username);
    const notice = await screen.findByRole('region', { name: '登录提示' });
    expect(within(notice).getByRole('status')).toHaveTextContent(
      /^上次登录：.+，地址 unknown。此后有 1 次失败的登录尝试，最近一次在 .+，地址 unknown。如果不是您本人，/,
    );
    await user.click(within(notice).getByRole('button', { name: '知道了' }));
    expect(screen.queryByRole('region', { name: '登录提示' })).not.toBeInTheDocument();
  });
});
