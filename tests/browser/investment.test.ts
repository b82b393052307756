import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from './support/app-process';
import { launchChromiumBrowser } from './support/browser';
import { settled, viewports } from './support/pages';
import { samplePassword, submitSignIn } from './support/sign-in';

/*
 * 补链招商 end to end in Chromium against `npm start`: the editor of 新型显示 adds a lead on a
 * missing link from the chain's 招商图谱, moves it to 签约, finds the project it made in the
 * project list and sees the city funnel's signed count one higher.
 */

const editor = { username: 'editor-new-display', password: samplePassword };

let app: AppProcess;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromiumBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The funnel table's 签约 row: how many leads reached signing. */
async function signedCount(page: Page): Promise<number> {
  await page.goto(`${app.url}/investment`);
  await settled(page);
  const funnel = page.getByRole('region', { name: '招商漏斗' });
  const reached = funnel.getByRole('row', { name: /^签约/ }).getByRole('cell').first();
  return Number((await reached.innerText()).replace(/[^\d]/g, ''));
}

describe('a lead on a missing link, signed', () => {
  it('makes a project in the list and raises the funnel’s signed count by one', async () => {
    const context = await browser.newContext({ viewport: viewports.laptop, locale: 'zh-CN' });
    const page = await context.newPage();
    // An editor of one chain lands on that chain's page.
    await page.goto(`${app.url}/sign-in`);
    await submitSignIn(page, editor);
    await page.waitForURL(/\/chains\/\d+$/);
    const chainPage = page.url();
    const before = await signedCount(page);

    await page.goto(chainPage);
    await settled(page);
    const map = page.getByRole('region', { name: '招商图谱' });
    const missing = map.getByRole('article').filter({ hasText: '缺失' }).first();
    await missing.getByRole('button', { name: /新增线索/ }).click();

    const dialog = page.getByRole('dialog', { name: '新增线索' });
    await dialog.getByRole('searchbox', { name: '搜索目标企业' }).fill('电子');
    const firms = dialog.getByRole('listbox', { name: '目标企业' });
    await firms.locator('option').first().waitFor();
    // An option reads 名称（总部城市）.
    const firmName =
      (await firms.locator('option').first().innerText()).split('（')[0]?.trim() ?? '';
    expect(firmName).not.toBe('');
    await firms.selectOption({ index: 0 });
    await dialog.getByRole('combobox', { name: '负责部门' }).selectOption({ index: 1 });
    await dialog.getByRole('combobox', { name: '阶段' }).selectOption({ label: '签约' });
    await dialog.getByRole('spinbutton', { name: /预计投资/ }).fill('12');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.goto(`${app.url}/projects?q=${encodeURIComponent(firmName)}`);
    await settled(page);
    const rows = page.getByRole('table').getByRole('row').filter({ hasText: firmName });
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.first().innerText()).toContain('已签约');

    expect(await signedCount(page)).toBe(before + 1);
    await context.close();
  });
});
