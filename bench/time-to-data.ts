import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, ViewportSize } from 'playwright-core';
import { startApp } from '../tests/browser/support/app-process';
import { launchChromiumBrowser } from '../tests/browser/support/browser';
import { apiCookie, sampleViewer } from '../tests/browser/support/sign-in';
import { median } from './median';
import { printWhenRunAlone, type BenchRow } from './table';

/*
 * Time from navigation to the overview's data on screen in Chromium, on `npm start` with the
 * sample city, signed in as the viewer: cold (new browser context, empty cache) and warm (the same
 * context, second visit); medians of RUNS runs. Against it, the same content as a static HTML
 * page (the rendered overview without its scripts, with its stylesheets) served by the same
 * server from the same folder: the ratio says what the SPA's JavaScript, session check and API
 * call cost over plain HTML.
 */
const RUNS = Number(process.env.RUNS ?? 7);
const RATIO_GOAL = 1.3;
const laptop: ViewportSize = { width: 1366, height: 768 };
const viewports: ViewportSize[] = [laptop, { width: 1920, height: 1080 }];
/** The first chain's row in the five-ones matrix: the overview's data is on screen. */
const dataSelector = 'th[scope="row"]';
/** Served by the app's own static files; removed when the bench ends. */
const staticPageName = 'bench-overview-static.html';

/**
 * Runs in the page before its own scripts: notes the start of the first frame drawn once the
 * data's element is in the document (a rendered page's first row, or the parser's). A string,
 * as tsx would wrap a function's inner functions in a helper the page does not have.
 */
const watchForData = `
  window.benchDataVisibleAt = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(${JSON.stringify(dataSelector)})) return;
      observer.disconnect();
      requestAnimationFrame(resolve);
    });
    observer.observe(document, { childList: true, subtree: true });
  });
`;

async function signedInContext(
  browser: Browser,
  cookie: string,
  url: string,
  viewport: ViewportSize,
) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  await context.addCookies(
    cookie.split('; ').map((pair) => {
      const separator = pair.indexOf('=');
      return { name: pair.slice(0, separator), value: pair.slice(separator + 1), url };
    }),
  );
  await context.addInitScript({ content: watchForData });
  return context;
}

/** Navigates and answers when the data was drawn, in ms from the navigation's start. */
async function timeToData(context: BrowserContext, url: string): Promise<number> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return page.evaluate(
    () => (window as unknown as { benchDataVisibleAt: Promise<number> }).benchDataVisibleAt,
  );
}

/** The overview as the SPA rendered it, as a page without scripts. */
async function renderedOverview(browser: Browser, cookie: string, url: string): Promise<string> {
  const context = await signedInContext(browser, cookie, url, laptop);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(dataSelector).first().waitFor();
  await page.waitForLoadState('networkidle');
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const element of copy.querySelectorAll('script, link[rel="modulepreload"]')) {
      element.remove();
    }
    return `<!doctype html>\n${copy.outerHTML}`;
  });
  await context.close();
  return html;
}

export async function measureTimeToData(): Promise<BenchRow[]> {
  const app = await startApp();
  const browser = await launchChromiumBrowser();
  const staticFile = join('dist', staticPageName);
  try {
    const cookie = await apiCookie(app.url, sampleViewer);
    writeFileSync(staticFile, await renderedOverview(browser, cookie, app.url));
    const staticUrl = `${app.url}/${staticPageName}`;

    const rows: BenchRow[] = [];
    for (const viewport of viewports) {
      const visits = () => ({ cold: [] as number[], warm: [] as number[] });
      const times = { spa: visits(), static: visits() };
      for (let run = 0; run < RUNS; run += 1) {
        // Taken in turns, so a busy moment of the machine falls on both alike.
        for (const [url, page] of [
          [app.url, times.spa],
          [staticUrl, times.static],
        ] as const) {
          const context = await signedInContext(browser, cookie, app.url, viewport);
          page.cold.push(await timeToData(context, url));
          page.warm.push(await timeToData(context, url));
          await context.close();
        }
      }
      for (const visit of ['cold', 'warm'] as const) {
        const spa = median(times.spa[visit]);
        const plain = median(times.static[visit]);
        const ratio = spa / plain;
        rows.push({
          subject: `Overview data visible · ${visit} · ${viewport.width}×${viewport.height}`,
          figure:
            `SPA ${spa.toFixed(0)} ms · static page ${plain.toFixed(0)} ms · ` +
            `${ratio.toFixed(2)}× (median of ${RUNS})`,
          goal: `≤ ${RATIO_GOAL}× static`,
          met: ratio <= RATIO_GOAL,
        });
      }
    }
    return rows;
  } finally {
    rmSync(staticFile, { force: true });
    await browser.close();
    await app.stop();
  }
}

await printWhenRunAlone(import.meta.url, () => measureTimeToData());
