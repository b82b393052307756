import { launchChromiumBrowser } from '../tests/browser/support/browser';
import type { Page } from 'playwright-core';
import { sampleViewer, submitSignIn } from '../tests/browser/support/sign-in';
import { serveFolder } from '../tests/browser/support/static-server';
import { median } from './median';
import { printWhenRunAlone, type BenchRow } from './table';

/*
 * The server-free demo (`npm run build:demo`'s folder on a static server) in Chromium at 1366×768.
 * Cold: a fresh browser context, so the engine and the sample city's snapshot are downloaded and
 * loaded into IndexedDB; the sign-in form shows once the database is ready, then the viewer signs
 * in. Warm: the same context's second visit, which reopens IndexedDB with the session kept.
 * Times are from the navigation's start; medians of RUNS runs.
 */
const RUNS = Number(process.env.RUNS ?? 5);

export async function measureDemoFirstLoad(): Promise<BenchRow[]> {
  const server = await serveFolder('dist-demo');
  const browser = await launchChromiumBrowser();
  const signInReady: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  const now = (page: Page) => page.evaluate(() => performance.now());
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({
        viewport: { width: 1366, height: 768 },
        locale: 'zh-CN',
      });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.getByRole('button', { name: '登录' }).waitFor();
      signInReady.push(await now(page));
      // Signing in on the page as loaded: a client-side navigation, so performance.now() still
      // counts from the first load.
      await submitSignIn(page, sampleViewer);
      await page.getByRole('rowheader').first().waitFor();
      cold.push(await now(page));
      await page.goto(server.url);
      await page.getByRole('rowheader').first().waitFor();
      warm.push(await now(page));
      await context.close();
    }
    const range = (values: number[]) =>
      `median of ${RUNS}, min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}`;
    return [
      {
        subject: 'Demo cold · database ready (sign-in form)',
        figure: `${median(signInReady).toFixed(0)} ms (${range(signInReady)})`,
      },
      {
        subject: 'Demo cold · overview data after signing in',
        figure: `${median(cold).toFixed(0)} ms (${range(cold)})`,
      },
      {
        subject: 'Demo warm · overview data (second visit)',
        figure: `${median(warm).toFixed(0)} ms (${range(warm)})`,
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

await printWhenRunAlone(import.meta.url, measureDemoFirstLoad);
