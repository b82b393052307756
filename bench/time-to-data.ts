import { startApp } from '../tests/browser/support/app-process';
import { launchChromiumBrowser } from '../tests/browser/support/browser';
import { median } from './median';

/*
 * Time from navigation to the overview's data on screen in Chromium, on `npm start` with the
 * sample city: cold (new browser context, empty cache) and warm (the same context, second visit).
 * Prints medians of RUNS runs.
 */
const RUNS = Number(process.env.RUNS ?? 7);
const viewports = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

const app = await startApp();
const browser = await launchChromiumBrowser();
try {
  for (const viewport of viewports) {
    const cold: number[] = [];
    const warm: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport, locale: 'zh-CN' });
      const page = await context.newPage();
      for (const times of [cold, warm]) {
        await page.goto(app.url);
        // The first chain's row in the five-ones matrix: the overview's data is on screen.
        await page.getByRole('rowheader').first().waitFor();
        times.push(await page.evaluate(() => performance.now()));
      }
      await context.close();
    }
    console.log(
      `Overview data visible at ${viewport.width}×${viewport.height}: ` +
        `cold ${median(cold).toFixed(0)} ms, warm ${median(warm).toFixed(0)} ms ` +
        `(median of ${RUNS}; min ${Math.min(...cold).toFixed(0)}, max ${Math.max(...cold).toFixed(0)} cold)`,
    );
  }
} finally {
  await browser.close();
  await app.stop();
}
