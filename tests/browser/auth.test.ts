import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from './support/app-process';
import { seriousAxeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { newPageIn, settled, viewports } from './support/pages';
import { apiReader, sampleViewer, signIn, submitSignIn, testAdmin } from './support/sign-in';

/*
 * Sign-in, roles and user administration in Chromium against `npm start`: what each role sees,
 * the users screen's native dialog, and signing out. With SCREENSHOT_DIR set, the dialog and the
 * sign-in errors are saved as pictures too.
 */

const screenshotDir = process.env.SCREENSHOT_DIR;

let app: AppProcess;
let browser: BrowserContext;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });
});

// Each test starts signed out, whatever the one before left behind.
beforeEach(async () => {
  await browser.clearCookies();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function picture(page: Page, name: string) {
  if (!screenshotDir) return;
  for (const [size, viewport] of Object.entries(viewports)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: join(screenshotDir, `${name}-${size}.png`), fullPage: true });
  }
  await page.setViewportSize(viewports.laptop);
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
}

describe('a viewer', () => {
  it('signs in from the page asked for, sees no edit controls or users link, and signs out', async () => {
    const read = await apiReader(app.url);
    const { items } = await read<{ items: { id: number; name: string }[] }>('/api/chains');
    const chain = items[0];
    if (!chain) throw new Error('no chains');
    const page = await newPageIn(browser, 'zh-CN');

    await page.goto(`${app.url}/chains/${chain.id}`);
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expect(page.getByRole('navigation', { name: '主导航' }).count()).resolves.toBe(0);

    await page.getByLabel('用户名').fill(sampleViewer.username);
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码不正确' }).waitFor();
    await picture(page, 'sign-in-wrong-password');

    await page.getByLabel('密码').fill(sampleViewer.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { level: 1, name: chain.name }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/chains/${chain.id}`);
    await settled(page);

    const who = page.getByRole('group', { name: '当前用户' });
    await expect(who.textContent()).resolves.toContain('角色：查看者');
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav.getByRole('link', { name: '企业', exact: true }).isVisible()).resolves.toBe(
      true,
    );
    await expect(nav.getByRole('link', { name: '用户管理' }).count()).resolves.toBe(0);
    // Nothing that changes the chain: no edit, add or record button anywhere on its page.
    await expect(
      page
        .getByRole('main')
        .getByRole('button', { name: /^(编辑|修改|新增|添加|记录|删除)/ })
        .count(),
    ).resolves.toBe(0);

    await page.goto(`${app.url}/admin/users`);
    await page.getByRole('heading', { level: 1, name: '没有权限' }).waitFor();

    await signOut(page);
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.close();
  });
});

describe('an administrator', () => {
  it('creates a user on the users screen, who can then sign in', async () => {
    const page = await newPageIn(browser, 'zh-CN');
    await signIn(page, app.url, testAdmin);
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '用户管理' })
      .click();
    await page.getByRole('heading', { level: 1, name: '用户管理' }).waitFor();
    const table = page.getByRole('table', { name: '用户列表' });
    await table.getByRole('row').nth(1).waitFor();
    await settled(page);

    // The native dialog: Esc closes it and focus goes back to the button that opened it.
    const create = page.getByRole('button', { name: '新建用户' });
    await create.click();
    const dialog = page.getByRole('dialog', { name: '新建用户' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect(create.evaluate((button) => button === document.activeElement)).resolves.toBe(
      true,
    );

    await create.click();
    await dialog.waitFor();
    await expect(
      dialog.getByLabel('用户名').evaluate((input) => input === document.activeElement),
    ).resolves.toBe(true);
    await dialog.getByRole('button', { name: '创建用户' }).click();
    await dialog.getByText('必填。').first().waitFor();
    await dialog.getByLabel('用户名').fill('zhao.liu');
    await dialog.getByLabel('显示名称').fill('赵六');
    await dialog.getByLabel('角色').selectOption({ label: '编辑者' });
    const scope = dialog.getByRole('group', { name: '可编辑的产业链' });
    await scope.getByRole('checkbox').first().check();
    await dialog.getByLabel('初始密码').fill('Zhao-liu-password');
    for (const violation of await seriousAxeViolations(page)) throw new Error(violation);
    await picture(page, 'users-create-dialog');

    await dialog.getByRole('button', { name: '创建用户' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: '已创建用户 赵六。' }).waitFor();
    const row = table.getByRole('row').filter({ hasText: 'zhao.liu' });
    await expect(row.textContent()).resolves.toContain('编辑者');

    await signOut(page);
    // The administrator chose this password: the new user chooses their own first, then, an
    // editor of one chain, lands on it.
    await submitSignIn(page, { username: 'zhao.liu', password: 'Zhao-liu-password' });
    await page.getByRole('heading', { level: 1, name: '设置新密码' }).waitFor();
    await page.getByLabel('新密码', { exact: true }).fill('Zhao-liu-own-password');
    await page.getByLabel('再次输入新密码').fill('Zhao-liu-own-password');
    await page.getByRole('button', { name: '设置新密码' }).click();
    await page.waitForURL((url) => url.pathname === '/chains/1');
    const who = page.getByRole('group', { name: '当前用户' });
    await expect(who.textContent()).resolves.toContain('赵六');
    await expect(who.textContent()).resolves.toContain('角色：编辑者');
    await signOut(page);
    await page.close();
  });

  it('works in English too', async () => {
    const page = await newPageIn(browser, 'en-US');
    await page.goto(`${app.url}/admin/users`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Username').fill(testAdmin.username);
    await page.getByLabel('Password').fill(testAdmin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await settled(page);

    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog', { name: 'New user' });
    await dialog.getByLabel('Username').fill('Not Valid');
    await dialog.getByLabel('Role').selectOption({ label: 'Editor' });
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await dialog.getByText('Use only lower-case letters, digits, and . _ -').waitFor();
    await dialog.getByText('An editor needs at least one chain.').waitFor();
    await picture(page, 'users-create-dialog-errors-en');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.close();
  });
});
