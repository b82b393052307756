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
 * Chinese text that an English page does not mark as Chinese: every rendered text node (and each
 * option of a list box) with Han characters whose nearest `lang` is not a zh one. The page's own
 * `lang` on <html> does not count; screen readers would read such text with English rules.
 */
export async function unmarkedChineseText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const han = /\p{Script=Han}/u;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!parent || !han.test(text) || parent.closest('script, style, template')) continue;
      // An option has no box of its own: it is as visible as its list box.
      const shown = parent.closest('select') ?? parent;
      if (!shown.checkVisibility({ visibilityProperty: true })) continue;
      const marked = parent.closest('[lang]');
      if (
        marked &&
        marked !== document.documentElement &&
        marked.getAttribute('lang')?.startsWith('zh')
      ) {
        continue;
      }
      found.push(text);
    }
    return found;
  });
}

/**
 * Pairs of texts under `selector` whose boxes overlap by more than a pixel each way: each line of
 * each text node, and each form field (its value or placeholder is text too). Only what the
 * reader can see counts: a box is first cut to every clipping ancestor (a table scrolled inside
 * its own container, a visually hidden caption), so text scrolled out of view or there for
 * screen readers only is not an overlap.
 */
export async function overlappingTexts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const root = document.querySelector(rootSelector);
    if (!root) throw new Error(`Nothing matches ${rootSelector}`);
    const margin = 1;
    const clips = new Map<Element, DOMRect | null>();
    /** The part of the viewport an element lets its content show in, if it clips it. */
    function clipOf(element: Element): DOMRect | null {
      if (!clips.has(element)) {
        const style = getComputedStyle(element);
        // `clip: rect(0 0 0 0)` (visually hidden) shows nothing, whatever size the box has.
        const hidden =
          style.clip !== 'auto' && /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(style.clip);
        const clipping = style.overflowX !== 'visible' || style.overflowY !== 'visible';
        clips.set(
          element,
          hidden ? new DOMRect(0, 0, 0, 0) : clipping ? element.getBoundingClientRect() : null,
        );
      }
      return clips.get(element) ?? null;
    }
    function visiblePart(rect: DOMRect, from: Element): DOMRect | null {
      let { left, top, right, bottom } = rect;
      for (let element: Element | null = from; element; element = element.parentElement) {
        if (element === document.documentElement || element === document.body) break;
        const clip = clipOf(element);
        if (!clip) continue;
        left = Math.max(left, clip.left);
        top = Math.max(top, clip.top);
        right = Math.min(right, clip.right);
        bottom = Math.min(bottom, clip.bottom);
      }
      if (right - left <= margin || bottom - top <= margin) return null;
      return new DOMRect(left, top, right - left, bottom - top);
    }
    const boxes: { owner: Node; text: string; rect: DOMRect }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('script, style, template, option')) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      let rects: DOMRect[];
      if (parent instanceof SVGElement) {
        rects = [parent.getBoundingClientRect()];
      } else {
        const range = document.createRange();
        range.selectNodeContents(node);
        rects = [...range.getClientRects()];
      }
      for (const rect of rects) {
        const part = visiblePart(rect, parent);
        if (part) boxes.push({ owner: node, text, rect: part });
      }
    }
    for (const field of root.querySelectorAll('input, select, textarea')) {
      const part = visiblePart(field.getBoundingClientRect(), field);
      if (part) boxes.push({ owner: field, text: `<${field.tagName.toLowerCase()}>`, rect: part });
    }
    const overlaps: string[] = [];
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        if (a.owner === b.owner) continue;
        const across = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const down = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (across > margin && down > margin) overlaps.push(`${a.text} × ${b.text}`);
      }
    }
    return [...new Set(overlaps)];
  }, selector);
}
