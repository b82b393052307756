import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from './support/app-process';
import { launchChromiumBrowser } from './support/browser';
import { settled, viewports } from './support/pages';
import { samplePassword, signIn } from './support/sign-in';

/*
 * An editor of 新型显示 in Chromium against `npm start`: downloads the firms template, uploads a
 * file with one bad row, sees the problem in the preview, uploads the corrected file, imports it
 * and finds the new firm in the list.
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

const header = '企业名称,统一社会信用代码,所属产业链,营收规模';
const csv = (band: string) =>
  Buffer.from(`\uFEFF${header}\r\n浏览器导入测试企业,91510703MA6EXAMP10,新型显示,${band}\r\n`);

describe('importing firms in Chromium', () => {
  it('previews a bad row, then imports the corrected file', async () => {
    const context = await browser.newContext({
      viewport: viewports.laptop,
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    const page: Page = await context.newPage();
    await signIn(page, app.url, editor, '/firms');
    await settled(page);

    await page.getByRole('button', { name: '导入企业' }).click();
    const dialog = page.getByRole('dialog', { name: '导入企业' });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '下载 CSV 模板' }).click();
    const template = await (await download).path();
    expect(template).toBeTruthy();

    const input = dialog.getByLabel('选择文件（.xlsx 或 .csv）');
    await input.setInputFiles({ name: 'firms.csv', mimeType: 'text/csv', buffer: csv('很大') });
    await expect
      .poll(() => dialog.getByRole('table', { name: /1 个问题/ }).textContent())
      .toContain('“很大”不是可选的值');

    await input.setInputFiles({ name: 'firms.csv', mimeType: 'text/csv', buffer: csv('十亿级') });
    await dialog.getByRole('button', { name: '导入 1 条' }).click();
    await expect.poll(() => dialog.textContent()).toContain('导入完成：新增 1 条，更新 0 条。');
    await dialog.getByRole('button', { name: '完成' }).click();

    await page.goto(`${app.url}/firms?q=${encodeURIComponent('浏览器导入测试企业')}`);
    await expect.poll(() => page.getByRole('link', { name: '浏览器导入测试企业' }).count()).toBe(1);
    await context.close();
  }, 60_000);
});
