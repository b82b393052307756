import type { BrowserContext, Page } from 'playwright-core';
import type { Language } from '../../../src/lib/i18n';

export const viewports = {
  laptop: { width: 1366, height: 768 },
  projector: { width: 1920, height: 1080 },
} as const;

/** A page that opens in `language`, as if the reader had chosen it on an earlier visit. */
export async function newPageIn(browser: BrowserContext, language: Language): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript((chosen) => {
    localStorage.setItem(
      'chainboard.ui',
      JSON.stringify({ state: { language: chosen }, version: 1 }),
    );
  }, language);
  return page;
}

/** True when the page is wider than the window, i.e. the reader has to scroll sideways. */
export async function scrollsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

/** Waits until nothing is loading: no skeleton and no busy table left on the page. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => !document.querySelector('[role="status"] .loading-state__skeleton, [aria-busy="true"]'),
  );
}
