import type { ChainIndicators, IndicatorValue } from '@server/contract/indicators';
import { startApp } from '../tests/browser/support/app-process';
import { launchChromiumBrowser } from '../tests/browser/support/browser';
import { signIn, sampleViewer } from '../tests/browser/support/sign-in';
import { median } from './median';
import { printWhenRunAlone, type BenchRow } from './table';

/*
 * A 10,000-period indicator series on the real chain page in Chromium, on `npm start` with the
 * sample city: every chain's indicators answer is replaced (page.route) by its first indicator
 * with 10,000 values. Measured from the answer's arrival (its resource timing) to the first
 * frame drawn with the chart's value line: parsing, checking and downsampling the series,
 * React and Recharts. Each run opens another chain from the overview inside the SPA, so the
 * app's code is loaded and only the series is new; one run first warms the chart's chunks.
 */
const RUNS = Number(process.env.RUNS ?? 7);
const POINTS = 10_000;
const GOAL_MS = 200;
/** The value line of the indicator chart: drawn once the series is on screen. */
const valueLine = '.indicator-chart path.recharts-line-curve[stroke="var(--brand)"]';

function longSeries(indicators: ChainIndicators): ChainIndicators {
  const [indicator] = indicators.indicators.toSorted((a, b) => a.sortOrder - b.sortOrder);
  const [first] = indicator?.values ?? [];
  if (!indicator || !first) throw new Error(`${indicators.chain.name} has no indicator values`);
  const values: IndicatorValue[] = Array.from({ length: POINTS }, (_, index) => ({
    ...first,
    id: index + 1,
    period: `D${index + 1}`,
    // A trend, a season and noise: a shape LTTB has to keep.
    value: 100 + index / 200 + 20 * Math.sin(index / 150) + ((index * 7919) % 13),
  }));
  return { ...indicators, indicators: [{ ...indicator, values }] };
}

export async function measureChart(): Promise<BenchRow[]> {
  const app = await startApp();
  const browser = await launchChromiumBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await page.route('**/api/chains/*/indicators', async (route) => {
      const answer = await route.fetch();
      await route.fulfill({ response: answer, json: longSeries(await answer.json()) });
    });
    await signIn(page, app.url, sampleViewer);
    await page.locator('th[scope="row"] a').first().waitFor();
    const chainIds = await page
      .locator('th[scope="row"] a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    if (chainIds.length < RUNS + 1) throw new Error(`RUNS must be below ${chainIds.length}`);

    const times: number[] = [];
    let drawn = 0;
    for (const [run, href] of chainIds.slice(0, RUNS + 1).entries()) {
      // Armed before the click: resolves with the first frame drawn with the value line.
      await page.evaluate((selector) => {
        const drawn = new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            if (!document.querySelector(selector)) return;
            observer.disconnect();
            requestAnimationFrame(resolve);
          });
          observer.observe(document.body, { childList: true, subtree: true });
        });
        Object.assign(window, { benchChartDrawn: drawn });
      }, valueLine);
      await page.locator(`th[scope="row"] a[href="${href}"]`).click();
      const { drawnAt, arrivedAt, points } = await page.evaluate(
        async ({ path, selector }) => {
          const drawnAt = await (window as unknown as { benchChartDrawn: Promise<number> })
            .benchChartDrawn;
          const line = document.querySelector(selector)?.getAttribute('d') ?? '';
          const answer = (
            performance.getEntriesByType('resource') as PerformanceResourceTiming[]
          ).findLast((entry) => entry.name.endsWith(path));
          return {
            drawnAt,
            arrivedAt: answer?.responseEnd ?? Number.NaN,
            points: line.match(/[ML]/g)?.length ?? 0,
          };
        },
        { path: `/api${href}/indicators`, selector: valueLine },
      );
      if (run > 0) times.push(drawnAt - arrivedAt);
      drawn = points;
      await page.goBack();
      await page.locator('th[scope="row"]').first().waitFor();
    }
    const ms = median(times);
    return [
      {
        subject: `Indicator chart · ${POINTS.toLocaleString('en')} periods (${drawn} drawn, LTTB)`,
        figure: `${ms.toFixed(0)} ms answer → chart drawn (median of ${RUNS}; min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`,
        goal: `≤ ${GOAL_MS} ms`,
        met: ms <= GOAL_MS,
      },
    ];
  } finally {
    await browser.close();
    await app.stop();
  }
}

await printWhenRunAlone(import.meta.url, () => measureChart());
