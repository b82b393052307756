import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../support/totp';
import { startApp, type AppProcess } from './support/app-process';
import { seriousAxeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { newPageIn, scrollsHorizontally, settled } from './support/pages';
import { submitSignIn, testAdmin } from './support/sign-in';

/*
 * A real deployment's first sign-in, in Chromium against `npm start` without the sample city: no
 * security policy is set, so its defaults apply (a second factor for administrators, a new
 * password at the first sign-in). The administrator chooses a password, enrols an authenticator
 * (the code computed here from the key the page shows as text), saves the recovery codes, signs
 * out, and signs in again with a code.
 */

let app: AppProcess;
let browser: BrowserContext;

beforeAll(async () => {
  app = await startApp({ SAMPLE_DATA: 'false' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const newPassword = 'Second-Factor-Test-1';

describe('the second factor a system administrator’s role requires', () => {
  it('is enrolled at the first sign-in and asked for at the next', async () => {
    const page = await newPageIn(browser, 'zh-CN');
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
    await submitSignIn(page, testAdmin);

    // A new account's password was set by someone else: the owner chooses one.
    await page.getByRole('heading', { level: 1, name: '设置新密码' }).waitFor();
    await page.getByText('包含小写字母、大写字母、数字、其他字符中的至少 3 类').waitFor();
    await page.getByLabel('新密码', { exact: true }).fill(newPassword);
    await page.getByLabel('再次输入新密码').fill(newPassword);
    await page.getByRole('button', { name: '设置新密码' }).click();

    await page.getByRole('heading', { level: 1, name: '绑定双因素认证' }).waitFor();
    await page.getByRole('img', { name: '绑定验证器的二维码' }).waitFor();
    await settled(page);
    for (const violation of await seriousAxeViolations(page)) throw new Error(violation);
    // A phone's width: nothing runs off the side.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await scrollsHorizontally(page)).toBe(false);
    await page.setViewportSize({ width: 1366, height: 768 });

    const key = (await page.locator('.enrol__secret code').textContent()) ?? '';
    const secret = key.replaceAll(' ', '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.getByLabel('第二步：输入应用显示的 6 位验证码').fill(totpCode(secret));
    await page.getByRole('button', { name: '完成绑定' }).click();

    await page.getByRole('heading', { level: 2, name: '保存恢复码' }).waitFor();
    const codes = page.getByRole('list', { name: '恢复码' }).getByRole('listitem');
    expect(await codes.count()).toBe(10);
    expect(await page.getByRole('button', { name: '继续' }).isDisabled()).toBe(true);
    for (const violation of await seriousAxeViolations(page)) throw new Error(violation);
    await page.getByRole('checkbox', { name: '我已妥善保存这些恢复码' }).check();
    await page.getByRole('button', { name: '继续' }).click();

    // Signed in: the city (empty here) and the notice of this first sign-in.
    await page.getByRole('heading', { level: 1, name: '产业链总览' }).waitFor();
    await page
      .getByRole('region', { name: '登录提示' })
      .getByText('这是此账号的首次登录。')
      .waitFor();
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();

    await submitSignIn(page, { username: testAdmin.username, password: newPassword });
    await page.getByRole('heading', { level: 1, name: '双因素认证' }).waitFor();
    // The code that confirmed the enrolment was used up: the app's next one.
    await page.getByLabel('验证码').fill(totpCode(secret, 1));
    await page.getByRole('button', { name: '验证' }).click();
    await page.getByRole('heading', { level: 1, name: '产业链总览' }).waitFor();
    const notice = page.getByRole('region', { name: '登录提示' });
    await expect(notice.textContent()).resolves.toMatch(/^上次登录：/);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.close();
  });
});
