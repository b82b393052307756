import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from './support/app-process';
import { launchChromiumBrowser } from './support/browser';
import { settled, viewports } from './support/pages';
import { samplePassword, signIn } from './support/sign-in';

/*
 * 补链招商 end to end in Chromium against `npm start`: the editor of 新型显示 adds a lead on a
 * missing link from the chain's 招商图谱, moves it to 签约, finds the project it made in the
 * project list and sees the city funnel's signed count one higher. The map's "add lead" button
 * and the lead dialog come from the leads screens (branch inv-city): run after that merge.
 */

const editor = { username: 'editor-new-display', password: samplePassword };
const firmName = '浏览器测试招商企业';

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

async function desk(then: string): Promise<Page> {
  const context = await browser.newContext({ viewport: viewports.laptop, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, app.url, editor, then);
  await settled(page);
  return page;
}

/** The funnel's 签约 figure on the city page. */
async function signedCount(page: Page): Promise<number> {
  await page.goto(`${app.url}/investment`);
  await settled(page);
  const figure = page.getByRole('region', { name: /漏斗/ }).getByText(/^签约/).first();
  const text = (await figure.locator('xpath=..').innerText()).replace(/[^\d]/g, '');
  return Number(text);
}

describe('a lead on a missing link, signed', () => {
  it('makes a project in the list and raises the funnel’s signed count by one', async () => {
    const page = await desk('/');
    const before = await signedCount(page);

    await page.goto(`${app.url}/`);
    await page.getByRole('link', { name: '新型显示' }).first().click();
    await settled(page);
    const map = page.getByRole('region', { name: '招商图谱' });
    // A missing link: its button says 缺失.
    const missing = map.getByRole('button', { name: /缺失/ }).first();
    await missing.click();
    await map
      .getByRole('button', { name: /新增线索|添加线索/ })
      .first()
      .click();

    const dialog = page.getByRole('dialog', { name: /线索/ });
    await dialog.getByRole('combobox', { name: /目标企业/ }).fill(firmName);
    await dialog.getByRole('option').first().click();
    await dialog.getByRole('combobox', { name: '阶段' }).selectOption({ label: '签约' });
    await dialog.getByRole('spinbutton', { name: /投资/ }).fill('12');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.goto(`${app.url}/projects?q=${encodeURIComponent(firmName)}`);
    await settled(page);
    expect(await page.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);

    expect(await signedCount(page)).toBe(before + 1);
    await page.context().close();
  });
});
