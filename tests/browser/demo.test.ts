import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumBrowser } from './support/browser';
import { settled, viewports } from './support/pages';
import { samplePassword, signIn } from './support/sign-in';
import { serveFolder, type StaticServer } from './support/static-server';

/*
 * The server-free demo as someone would deploy it: `npm run build:demo`'s folder on a plain static
 * server, no API server anywhere. MSW's worker and PGlite in IndexedDB answer every /api request.
 */

const editor = { username: 'editor-new-display', password: samplePassword };
const note = '演示模式下保存的状态说明';

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  execFileSync('npm', ['run', 'build:demo'], { stdio: 'ignore' });
  server = await serveFolder('dist-demo');
  browser = await launchChromiumBrowser();
  // One context for the whole file: IndexedDB and the session are what must survive reloads.
  const context = await browser.newContext({ viewport: viewports.laptop, locale: 'zh-CN' });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function statusNoteOfChain1(): Promise<string> {
  const answer = await page.evaluate(async () => {
    const response = await fetch('/api/chains/1');
    return (await response.json()) as { statusNote: string | null };
  });
  return answer.statusNote ?? '';
}

describe('the demo build on a static server', () => {
  it('shows the sample city after signing in, with the demo banner', async () => {
    // An editor of one chain lands on it; the city's overview is a click away.
    await signIn(page, server.url, editor, '/chains/1');
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '总览' })
      .click();
    const banner = page.getByRole('note', { name: '演示模式' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('数据只保存在这个浏览器中');
    const headline = page.getByRole('region', { name: '全市概况' });
    await headline.waitFor();
    const figures = await headline.textContent();
    expect(figures).toContain('168 个');
    expect(figures).toContain('2,024.55');
    expect(figures).toContain('收集 2,090 个 · 已解决 1,885 个');
    expect(await page.getByRole('rowheader').count()).toBe(12);
  });

  it('saves an edit that is still there after a reload', async () => {
    await page.goto(`${server.url}/chains/1`);
    await page.getByRole('button', { name: '更新状态' }).click();
    const dialog = page.getByRole('dialog', { name: '更新状态' });
    await dialog.getByRole('combobox', { name: '运行状态' }).selectOption({ label: '红' });
    await dialog.getByRole('textbox', { name: '状态说明' }).fill(note);
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.reload();
    await settled(page);
    // Still signed in (the session cookie survived) and the edit is in the stored database.
    await page.getByText(note).first().waitFor();
    expect(page.url()).toBe(`${server.url}/chains/1`);
    expect(await statusNoteOfChain1()).toBe(note);
  });

  it('restores the sample city from the banner, after asking', async () => {
    const banner = page.getByRole('note', { name: '演示模式' });
    await banner.getByRole('button', { name: '恢复示例数据' }).click();
    const dialog = page.getByRole('dialog', { name: '恢复示例数据' });
    await dialog.getByRole('button', { name: '恢复' }).click();

    // The restored sample has no sessions: sign in again, and the edit is gone.
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await signIn(page, server.url, editor, '/chains/1');
    await settled(page);
    expect(await statusNoteOfChain1()).not.toBe(note);
    expect(await page.getByText(note).count()).toBe(0);
  });
});
