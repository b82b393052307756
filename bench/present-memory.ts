import { startApp } from '../tests/browser/support/app-process';
import { launchChromiumBrowser } from '../tests/browser/support/browser';
import { viewports } from '../tests/browser/support/pages';
import { sampleViewer, signIn } from '../tests/browser/support/sign-in';
import { printWhenRunAlone, type BenchRow } from './table';

/*
 * Hours on a wall screen, compressed: 1,000 slide changes of /present in Chromium (→ pressed, as
 * a presenter would, every PRESS_INTERVAL_MS), with every slide kind
 * of every chain. After forced garbage collection it prints the JS heap, DOM nodes and event
 * listeners after 10 and after 1,000 changes, and their ratio (the goal is within 10%). After
 * 10 changes most slides have not been shown yet (their code not yet run, their data not yet
 * cached), so it also reports the ratio to the end of the first pass through the whole deck.
 * CHANGES and SLIDES change the run.
 */
const CHANGES = Number(process.env.CHANGES ?? 1000);
const SLIDES = process.env.SLIDES ?? 'overview,chain,map,projects';
/** Time for a slide to render before the next key; a chart slide takes the longest. */
const PRESS_INTERVAL_MS = Number(process.env.PRESS_INTERVAL_MS ?? 60);

const RATIO_GOAL = 1.1;

export async function measurePresentationMemory(): Promise<BenchRow[]> {
  const app = await startApp();
  const browser = await launchChromiumBrowser();
  try {
    const context = await browser.newContext({ viewport: viewports.projector, locale: 'zh-CN' });
    const page = await context.newPage();
    await signIn(page, app.url, sampleViewer);
    await page.goto(`${app.url}/present?play=true&seconds=3600&slides=${SLIDES}`);
    const status = page.getByRole('status');
    await status.filter({ hasText: /^第 1 页/ }).waitFor();
    const total = Number((await status.textContent())?.match(/共 (\d+) 页/)?.[1]);
    const checkpoints = [10, total, 100, 250, 500, 1000, 2000, CHANGES]
      .filter((n) => n <= CHANGES)
      .sort((a, b) => a - b);

    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    async function measure() {
      // Twice: objects freed by the first collection's finalisers go in the second.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
      const counters = await cdp.send('Memory.getDOMCounters');
      return {
        heapMb: metric('JSHeapUsedSize') / 1024 / 1024,
        nodes: counters.nodes,
        listeners: counters.jsEventListeners,
      };
    }

    type Measure = Awaited<ReturnType<typeof measure>>;
    const figures = new Map<number, Measure>();
    const started = Date.now();
    for (let change = 1; change <= CHANGES; change += 1) {
      // Keys go in through the browser's input, and the wait is a plain timer: Playwright's
      // locators run in the page's heap, so waiting with one on every change would be measured too.
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(PRESS_INTERVAL_MS);
      if (checkpoints.includes(change)) {
        const number = (change % total) + 1;
        await status.filter({ hasText: new RegExp(`^第 ${number} 页，`) }).waitFor();
        // The slide's own data is on screen before it counts (chain maps and projects load).
        await page.getByRole('heading', { level: 1 }).waitFor();
        figures.set(change, await measure());
      }
    }
    const seconds = (Date.now() - started) / 1000;

    const subject = (what: string) => `Presentation memory · ${what}`;
    const describe = ({ heapMb, nodes, listeners }: Measure) =>
      `JS heap ${heapMb.toFixed(2)} MB · DOM nodes ${nodes} · listeners ${listeners}`;
    const rows: BenchRow[] = [...figures].map(([change, measured]) => ({
      subject: subject(`after ${change} changes`),
      figure: describe(measured),
    }));
    const ratio = (to: Measure, from: Measure) =>
      `heap ${(to.heapMb / from.heapMb).toFixed(2)}× · nodes ${(to.nodes / from.nodes).toFixed(2)}× · ` +
      `listeners ${(to.listeners / from.listeners).toFixed(2)}×`;
    const first = figures.get(10);
    const last = figures.get(CHANGES);
    if (first && last) {
      rows.push({
        subject: subject(`${CHANGES} / 10 changes (${total} slides, ${seconds.toFixed(0)} s)`),
        figure: ratio(last, first),
        goal: `≤ ${RATIO_GOAL}×`,
        met: [
          last.heapMb / first.heapMb,
          last.nodes / first.nodes,
          last.listeners / first.listeners,
        ].every((value) => value <= RATIO_GOAL),
      });
    }
    const firstPass = figures.get(total);
    if (firstPass && last) {
      rows.push({
        subject: subject(`${CHANGES} / ${total} changes (one pass through the deck)`),
        figure: ratio(last, firstPass),
      });
    }
    return rows;
  } finally {
    await browser.close();
    await app.stop();
  }
}

await printWhenRunAlone(import.meta.url, measurePresentationMemory);
