import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityDay } from '../../server/contract/city-time';
import type { ProblemDetail } from '../../server/contract/problems';
import { startApp, type AppProcess } from './support/app-process';
import { seriousAxeViolations } from './support/axe';
import { launchChromiumBrowser } from './support/browser';
import { settled, viewports } from './support/pages';
import { apiReader, samplePassword, signIn, type TestUser } from './support/sign-in';

/*
 * 收集—交办—办理—反馈 in Chromium against `npm start`: the task force of 新型显示 assigns an open
 * problem to 市经济和信息化局, whose user hears of it by the bell, accepts, responds and marks it
 * handled; the task force records the firm's satisfaction, and 本周变化 lists it as 已办结.
 */

const screenshotDir = process.env.SCREENSHOT_DIR;
const editor: TestUser = { username: 'editor-new-display', password: samplePassword };
const department: TestUser = { username: 'dept-industry', password: samplePassword };
const departmentName = '市经济和信息化局';
const response = '已协调供电公司完成专线扩容，企业用电问题解决。';

let app: AppProcess;
let browser: Browser;
let editorPage: Page;
let departmentPage: Page;
let get: Awaited<ReturnType<typeof apiReader>>;
let problem: { id: number; title: string; chainId: number };

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromiumBrowser();
  if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });
  get = await apiReader(app.url);
  const chains = await get<{ items: { id: number; code: string }[] }>('/api/chains');
  const chain = chains.items.find((item) => item.code === 'new-display');
  if (!chain) throw new Error('the sample city has no 新型显示 chain');
  const open = await get<{ items: { id: number; title: string }[] }>(
    `/api/problems?chain=${chain.id}&status=open`,
  );
  const first = open.items[0];
  if (!first) throw new Error('新型显示 has no open problem');
  problem = { id: first.id, title: first.title, chainId: chain.id };
  editorPage = await newSignedInPage(editor);
  departmentPage = await newSignedInPage(department);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A browser context of its own per person, so each has their own session. */
async function newSignedInPage(user: TestUser): Promise<Page> {
  const context = await browser.newContext({ viewport: viewports.laptop, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, app.url, user, `/problems/${problem.id}`);
  await settled(page);
  return page;
}

async function picture(page: Page, name: string) {
  if (screenshotDir) await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** Opens a step's dialog from the problem page, lets `fill` answer it, and saves. */
async function takeStep(
  page: Page,
  button: string,
  title: string,
  fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {},
) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('a problem assigned, handled and resolved', () => {
  it('the task force assigns it to 市经济和信息化局 with a deadline', async () => {
    await editorPage.goto(`${app.url}/problems/${problem.id}`);
    await settled(editorPage);
    await editorPage.getByRole('button', { name: '交办', exact: true }).click();
    const dialog = editorPage.getByRole('dialog', { name: '交办问题：责任部门与办理时限' });
    await dialog.waitFor();
    await dialog
      .getByRole('combobox', { name: '责任部门（交办）' })
      .selectOption({ label: departmentName });
    await dialog.getByLabel('办理时限').fill('2099-12-31');
    await picture(editorPage, 'problem-assign-dialog');
    expect(await seriousAxeViolations(editorPage)).toEqual([]);
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await editorPage.getByText(`交办至${departmentName}`).first().waitFor();
  });

  it('the department hears of it by the bell and follows the link to the problem', async () => {
    await departmentPage.goto(`${app.url}/`);
    await settled(departmentPage);
    const bell = departmentPage.getByRole('button', { name: /^通知，\d+ 条未读$/ });
    const name = (await bell.getAttribute('aria-label')) ?? (await bell.textContent()) ?? '';
    expect(Number(/(\d+) 条未读/.exec(name)?.[1])).toBeGreaterThanOrEqual(1);
    await bell.click();
    const link = departmentPage.getByRole('link', {
      name: new RegExp(`交办了问题“${escape(problem.title)}”`),
    });
    await picture(departmentPage, 'notification-panel');
    await link.click();
    await departmentPage.waitForURL((url) => url.pathname === `/problems/${problem.id}`);
  });

  it('the department accepts it, responds and marks it handled', async () => {
    await settled(departmentPage);
    await takeStep(departmentPage, '受理', '受理此问题');
    await departmentPage.getByRole('button', { name: '办理意见', exact: true }).click();
    const dialog = departmentPage.getByRole('dialog', { name: '填写办理意见' });
    await dialog.getByRole('textbox', { name: '办理意见' }).fill(response);
    await picture(departmentPage, 'problem-respond-dialog');
    expect(await seriousAxeViolations(departmentPage)).toEqual([]);
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await takeStep(departmentPage, '办理完毕', '标记办理完毕，等待企业反馈');
    await departmentPage.getByText('已办理，待企业反馈').first().waitFor();
  });

  it('the task force records the firm’s satisfaction: resolved, every step in the timeline', async () => {
    await editorPage.goto(`${app.url}/problems/${problem.id}`);
    await settled(editorPage);
    await takeStep(
      editorPage,
      '记录企业反馈',
      '记录企业反馈：满意则办结，不满意退回部门',
      async (dialog) => {
        expect(await dialog.getByRole('checkbox', { name: /^企业满意/ }).isChecked()).toBe(true);
        await dialog.getByRole('textbox', { name: /^企业反馈/ }).fill('企业表示满意');
      },
    );
    const timeline = editorPage.getByRole('region', { name: '办理记录' });
    await timeline.getByText('企业满意').waitFor();
    const steps = await timeline.getByRole('listitem').locator('strong').allTextContents();
    expect(steps).toEqual(
      expect.arrayContaining(['交办', '受理', '办理意见', '办理完毕', '企业反馈']),
    );
    await expect.poll(() => timeline.textContent()).toContain(response);
    const record = await get<ProblemDetail>(`/api/problems/${problem.id}`);
    expect(record.status).toBe('resolved');
    await picture(editorPage, 'problem-resolved');
  });

  it('本周变化 of the chain lists the problem as 已办结', async () => {
    // The window is the city's day of the last step, by the server's own stamp.
    const record = await get<ProblemDetail>(`/api/problems/${problem.id}`);
    const last = record.timeline.at(-1);
    if (!last) throw new Error('the problem has no timeline');
    const day = cityDay(new Date(last.at));
    await editorPage.goto(`${app.url}/changes?chain=${problem.chainId}&from=${day}&to=${day}`);
    await settled(editorPage);
    const line = editorPage.getByRole('listitem').filter({ hasText: problem.title }).filter({
      hasText: '已办结',
    });
    await line.first().waitFor();
    await picture(editorPage, 'changes-resolved');
  });
});

/** The title as a literal inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
