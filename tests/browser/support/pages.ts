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

/**
 * Pairs of texts under `selector` whose boxes overlap: each line of each text node, and each
 * form field (its value or placeholder is text too). Boxes that only touch do not count.
 */
export async function overlappingTexts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const root = document.querySelector(rootSelector);
    if (!root) throw new Error(`Nothing matches ${rootSelector}`);
    const boxes: { text: string; rect: DOMRect }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (!text) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width > 0 && rect.height > 0) boxes.push({ text, rect });
      }
    }
    for (const field of root.querySelectorAll('input, select, textarea')) {
      const rect = field.getBoundingClientRect();
      if (rect.width > 0) boxes.push({ text: `<${field.tagName.toLowerCase()}>`, rect });
    }
    const overlaps: string[] = [];
    const margin = 1;
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        const across = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const down = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (across > margin && down > margin) overlaps.push(`${a.text} × ${b.text}`);
      }
    }
    return overlaps;
  }, selector);
}
