import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/lib/i18n';
import { startApp, type AppProcess } from './support/app-process';
import { seriousAxeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { newPageIn, scrollsHorizontally, settled, viewports } from './support/pages';
import { apiReader, signIn, testAdmin } from './support/sign-in';

/*
 * Every screen, in both languages: no serious or critical axe violation, no sideways scrolling at
 * the laptop and projector sizes, and no Chinese interface text on an English page. With
 * SCREENSHOT_DIR set, each screen is also saved as a picture to look at.
 */

const screenshotDir = process.env.SCREENSHOT_DIR;
const languages: Language[] = ['zh-CN', 'en-US'];

let app: AppProcess;
let browser: BrowserContext;
let screens: { name: string; path: string }[] = [];

let api: Awaited<ReturnType<typeof apiReader>>;

async function firstId(path: string): Promise<number> {
  const body = await api<{ items: { id: number }[] }>(path);
  const [first] = body.items;
  if (!first) throw new Error(`${path} returned no items`);
  return first.id;
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  // As an administrator: the fullest header, and the users screen is one of the screens.
  api = await apiReader(app.url, testAdmin);
  const page = await browser.newPage();
  await signIn(page, app.url, testAdmin);
  await page.close();
  const chainId = await firstId('/api/chains');
  const chain = await api<{ chainMap: { links: { id: number; firmCount: number }[] }[] }>(
    `/api/chains/${chainId}`,
  );
  const link = chain.chainMap.flatMap((segment) => segment.links).find((l) => l.firmCount > 0);
  screens = [
    { name: 'overview', path: '/' },
    { name: 'chain', path: `/chains/${chainId}` },
    { name: 'chain-link', path: `/chains/${chainId}?link=${link?.id}` },
    { name: 'chain-brief', path: `/chains/${chainId}/brief` },
    { name: 'city-brief', path: '/brief' },
    { name: 'parks', path: '/parks' },
    { name: 'park', path: `/parks/${await firstId('/api/parks?pageSize=1')}` },
    { name: 'firms', path: '/firms' },
    {
      name: 'firm',
      path: `/firms/${await firstId('/api/firms?pageSize=1&sort=revenue&order=desc')}`,
    },
    { name: 'clusters', path: '/clusters' },
    { name: 'cluster', path: `/clusters/${await firstId('/api/clusters')}` },
    { name: 'projects', path: '/projects' },
    { name: 'project', path: `/projects/${await firstId('/api/projects?pageSize=1')}` },
    { name: 'problems', path: '/problems' },
    { name: 'problem', path: `/problems/${await firstId('/api/problems?pageSize=1')}` },
    { name: 'users', path: '/admin/users' },
    // The form is the same signed in or out; signed in, the run keeps its session.
    { name: 'sign-in', path: '/sign-in' },
    { name: 'not-found', path: '/no-such-page' },
    { name: 'record-not-found', path: '/firms/99999999' },
  ];
  if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Interface text (headings, column names, labels, navigation) written in Chinese characters. */
async function chineseInterfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const han = /\p{Script=Han}/u;
    const found: string[] = [];
    for (const element of document.querySelectorAll('h1, h2, h3, th[scope="col"], label, nav a')) {
      // Data recorded only in Chinese is marked as such; it is content, not interface.
      if (element.closest('[lang]:not(html)')) continue;
      const copy = element.cloneNode(true) as Element;
      // A language named in itself (中文 in the switch) is meant to be in that language.
      copy.querySelectorAll('[lang]').forEach((own) => own.remove());
      const text = copy.textContent?.trim() ?? '';
      if (han.test(text)) found.push(text);
    }
    return found;
  });
}

describe.each(languages)('every screen in %s', (language) => {
  it('has no serious accessibility violation, fits both sizes and speaks one language', async () => {
    const page = await newPageIn(browser, language);
    const problems: string[] = [];
    for (const screen of screens) {
      await page.setViewportSize(viewports.laptop);
      await page.goto(`${app.url}${screen.path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await settled(page);

      for (const violation of await seriousAxeViolations(page)) {
        problems.push(`${screen.name}: ${violation}`);
      }
      if (language === 'en-US') {
        for (const text of await chineseInterfaceText(page)) {
          problems.push(`${screen.name}: Chinese interface text on the English page: ${text}`);
        }
      }
      for (const [size, viewport] of Object.entries(viewports)) {
        await page.setViewportSize(viewport);
        if (await scrollsHorizontally(page)) {
          problems.push(`${screen.name}: scrolls sideways at ${viewport.width}×${viewport.height}`);
        }
        if (screenshotDir) {
          await page.screenshot({
            path: join(screenshotDir, `${screen.name}-${language}-${size}.png`),
            fullPage: true,
          });
        }
      }
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});
