import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/lib/i18n';
import { startApp, type AppProcess } from './support/app-process';
import { seriousAxeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import {
  newPageIn,
  scrollsHorizontally,
  settled,
  unmarkedChineseText,
  viewports,
} from './support/pages';
import { apiReader, signIn, testAdmin } from './support/sign-in';

/*
 * Every screen, in both languages: no serious or critical axe violation, no sideways scrolling at
 * the laptop and projector sizes, and, on an English page, no Chinese text that is not marked as
 * Chinese (interface text must be English; data recorded only in Chinese carries lang="zh-CN",
 * WCAG 3.1.2). With SCREENSHOT_DIR set, each screen is also saved as a picture to look at.
 */

const screenshotDir = process.env.SCREENSHOT_DIR;
const languages: Language[] = ['zh-CN', 'en-US'];

let app: AppProcess;
let browser: BrowserContext;
/** The screens, each a test of its own; their paths name sample records found in `beforeAll`. */
const screenNames = [
  'overview',
  'chain',
  'chain-link',
  'chain-brief',
  'city-brief',
  'parks',
  'park',
  'firms',
  'firm',
  'clusters',
  'cluster',
  'projects',
  'project',
  'problems',
  'problem',
  'meetings',
  'supervision',
  'changes',
  'users',
  'sign-in',
  'not-found',
  'record-not-found',
] as const;
type ScreenName = (typeof screenNames)[number];
let paths: Record<ScreenName, string>;

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
  paths = {
    overview: '/',
    chain: `/chains/${chainId}`,
    'chain-link': `/chains/${chainId}?link=${link?.id}`,
    'chain-brief': `/chains/${chainId}/brief`,
    'city-brief': '/brief',
    parks: '/parks',
    park: `/parks/${await firstId('/api/parks?pageSize=1')}`,
    firms: '/firms',
    firm: `/firms/${await firstId('/api/firms?pageSize=1&sort=revenue&order=desc')}`,
    clusters: '/clusters',
    cluster: `/clusters/${await firstId('/api/clusters')}`,
    projects: '/projects',
    project: `/projects/${await firstId('/api/projects?pageSize=1')}`,
    problems: '/problems',
    problem: `/problems/${await firstId('/api/problems?pageSize=1')}`,
    meetings: '/meetings',
    supervision: '/supervision',
    changes: '/changes',
    users: '/admin/users',
    // The form is the same signed in or out; signed in, the run keeps its session.
    'sign-in': '/sign-in',
    'not-found': '/no-such-page',
    'record-not-found': '/firms/99999999',
  };
  if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe.each(languages)('every screen in %s', (language) => {
  it.each(screenNames)(
    '%s has no serious accessibility violation, fits both sizes and marks its languages',
    async (name) => {
      const page = await newPageIn(browser, language);
      const problems: string[] = [];
      await page.setViewportSize(viewports.laptop);
      await page.goto(`${app.url}${paths[name]}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await settled(page);

      problems.push(...(await seriousAxeViolations(page)));
      if (language === 'en-US') {
        for (const text of await unmarkedChineseText(page)) {
          problems.push(`Chinese text not marked as such on the English page: ${text}`);
        }
      }
      for (const [size, viewport] of Object.entries(viewports)) {
        await page.setViewportSize(viewport);
        if (await scrollsHorizontally(page)) {
          problems.push(`scrolls sideways at ${viewport.width}×${viewport.height}`);
        }
        if (screenshotDir) {
          await page.screenshot({
            path: join(screenshotDir, `${name}-${language}-${size}.png`),
            fullPage: true,
          });
        }
      }
      await page.close();
      expect(problems).toEqual([]);
    },
  );
});
