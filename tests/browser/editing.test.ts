import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from './support/app-process';
import { seriousAxeViolations } from './support/axe';
import { launchChromiumBrowser } from './support/browser';
import { settled, viewports } from './support/pages';
import { apiReader, samplePassword, signIn, testAdmin } from './support/sign-in';

/*
 * A task force keeps its chain current in Chromium against `npm start`: the editor of 新型显示
 * updates the status, meets a colleague's save in the conflict view, which keeps theirs field by
 * field, finds both in the history, and sees no edit controls on another chain.
 */

const screenshotDir = process.env.SCREENSHOT_DIR;
const editor = { username: 'editor-new-display', password: samplePassword };

let app: AppProcess;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromiumBrowser();
  if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A page of its own browser context: a second person at a second desk. */
async function desk(user: { username: string; password: string }, then: string): Promise<Page> {
  const context = await browser.newContext({ viewport: viewports.laptop, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, app.url, user, then);
  await settled(page);
  return page;
}

async function picture(page: Page, name: string) {
  if (screenshotDir) await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

describe('a task force editing its chain', () => {
  it('saves a status, resolves a conflict with a colleague, and finds both in the history', async () => {
    const mine = await desk(editor, '/chains/1');
    await mine.getByRole('button', { name: '更新状态' }).click();
    const dialog = mine.getByRole('dialog', { name: '更新状态' });
    await dialog.getByRole('combobox', { name: '运行状态' }).selectOption({ label: '红' });
    await dialog.getByRole('textbox', { name: '状态说明' }).fill('面板产线扩产用地待批');
    await picture(mine, 'edit-status-dialog');
    expect(await seriousAxeViolations(mine)).toEqual([]);
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await mine.getByText('面板产线扩产用地待批').first().waitFor();

    // A colleague (the administrator) opens the same form, and the editor saves first.
    const theirs = await desk(testAdmin, '/chains/1');
    await theirs.getByRole('button', { name: '更新状态' }).click();
    const theirDialog = theirs.getByRole('dialog', { name: '更新状态' });
    await theirDialog.getByRole('textbox', { name: '状态说明' }).fill('管理员的说明');
    await mine.getByRole('button', { name: '更新状态' }).click();
    await dialog.getByRole('combobox', { name: '运行状态' }).selectOption({ label: '黄' });
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });

    await theirDialog.getByRole('button', { name: '保存' }).click();
    const table = theirDialog.getByRole('table', { name: '对方保存的内容与您的修改' });
    await table.waitFor();
    await picture(theirs, 'edit-conflict');
    expect(await seriousAxeViolations(theirs)).toEqual([]);
    // Only the editor changed the status, only the administrator the note: both are kept,
    // with nothing to choose (the merge is against the form as it was opened).
    await table
      .getByRole('row', { name: /运行状态/ })
      .getByRole('cell', { name: '他人修改，已保留' })
      .waitFor();
    expect(await theirDialog.getByRole('radio').count()).toBe(0);
    await theirDialog.getByRole('button', { name: '按所选合并后保存' }).click();
    await theirDialog.waitFor({ state: 'detached' });

    await mine.reload();
    await settled(mine);
    const history = mine.getByRole('region', { name: '修改记录' });
    await history.getByText('管理员的说明').first().waitFor();
    const chain = (await (await mine.request.get(`${app.url}/api/chains/1`)).json()) as {
      status: string;
      statusNote: string;
    };
    expect(chain).toMatchObject({ status: 'amber', statusNote: '管理员的说明' });
    await picture(mine, 'edit-history');
    await theirs.context().close();
    await mine.context().close();
  });

  it('opens each dialog on the first click and closes it with Esc, focus back on its button', async () => {
    // The task force dialog loads its form code and strings on first use: the dialog must stay
    // open while they arrive (a Suspense re-render once closed it right after opening).
    const page = await desk(editor, '/chains/1');
    const button = page.getByRole('button', { name: '编辑工作专班' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: '编辑工作专班' });
    await dialog.getByRole('textbox', { name: '专班负责人' }).waitFor();
    await page.waitForTimeout(1500);
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('shows no edit controls to the editor on another chain', async () => {
    const page = await desk(editor, '/chains/2');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: '更新状态' }).count()).toBe(0);
    const answer = await page.request.put(`${app.url}/api/chains/2/status`, {
      headers: { origin: app.url },
      data: { status: 'red', statusNote: 'x', version: 1 },
    });
    expect(answer.status()).toBe(403);
    await page.context().close();
  });
});

describe('saving a new record while the network fails', () => {
  const reportsPath = '**/api/chains/1/status-reports';

  /** Opens the chain page's status report form and fills it in with `title`. */
  async function fillReport(title: string) {
    const page = await desk(editor, '/chains/1');
    await page.getByRole('button', { name: '填报专班动态' }).click();
    const dialog = page.getByRole('dialog', { name: '填报专班动态' });
    await dialog.getByLabel('填报日期').fill('2026-06-14');
    await dialog.getByRole('textbox', { name: '标题' }).fill(title);
    await dialog.getByRole('textbox', { name: '内容' }).fill('协调链上企业配套。');
    return { page, dialog, save: dialog.getByRole('button', { name: '保存' }) };
  }

  /** The chain's status reports with this title, as the API has them. */
  async function reportsTitled(title: string) {
    const get = await apiReader(app.url);
    const chain = await get<{ statusReports: { title: string }[] }>('/api/chains/1');
    return chain.statusReports.filter((report) => report.title === title);
  }

  it('keeps the form when the answer is lost, and a second save makes no second report', async () => {
    const title = '网络中断时保存的专班动态';
    const { page, dialog, save } = await fillReport(title);
    // The server gets the request and saves the report; its answer never reaches the page.
    await page.route(reportsPath, async (route) => {
      await route.fetch();
      await route.abort('connectionreset');
    });
    await save.click();
    await dialog.getByRole('alert').filter({ hasText: '无法连接到服务器' }).waitFor();
    expect(await dialog.getByRole('textbox', { name: '标题' }).inputValue()).toBe(title);
    expect(await reportsTitled(title)).toHaveLength(1);

    await page.unroute(reportsPath);
    await save.click();
    await dialog.waitFor({ state: 'detached' });
    expect(await reportsTitled(title)).toHaveLength(1);
    await page.context().close();
  });

  it('keeps the form while offline, and saves the report once when back online', async () => {
    const title = '离线时保存的专班动态';
    const { page, dialog, save } = await fillReport(title);
    await page.context().setOffline(true);
    await save.click();
    await dialog.getByRole('alert').filter({ hasText: '无法连接到服务器' }).waitFor();
    expect(await reportsTitled(title)).toHaveLength(0);

    await page.context().setOffline(false);
    await save.click();
    await dialog.waitFor({ state: 'detached' });
    expect(await reportsTitled(title)).toHaveLength(1);
    await page.context().close();
  });
});
