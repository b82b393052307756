import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from './support/app-process';
import { launchChromiumBrowser } from './support/browser';
import { overlappingTexts, viewports } from './support/pages';
import { samplePassword, sampleViewer, signIn } from './support/sign-in';

/*
 * A meeting run from /present in Chromium against `npm start`: the keyboard alone, per-slide
 * times, controls that get out of the way, projector type sizes, and a task force's edit that
 * reaches the wall screen within one refresh interval.
 */

let app: AppProcess;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromiumBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function presenter(viewport: { width: number; height: number } = viewports.laptop) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, app.url, sampleViewer);
  return page;
}

function slideTitle(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

async function expectSlide(page: Page, title: string | RegExp) {
  await slideTitle(page).filter({ hasText: title }).waitFor();
}

describe('presenting from the keyboard', () => {
  it('starts from the setup, moves with every key, pauses, and Esc leaves full screen and the show', async () => {
    const page = await presenter();
    await page.goto(`${app.url}/present?seconds=600&chains=new-display,drones,ai`);
    await page.getByRole('button', { name: '开始演示' }).click();
    await expectSlide(page, /产业链总览/);

    await page.keyboard.press('ArrowRight');
    await expectSlide(page, '新型显示');
    await page.keyboard.press('End');
    await expectSlide(page, '人工智能');
    await page.keyboard.press('Home');
    await expectSlide(page, /产业链总览/);
    await page.keyboard.press('3');
    await expectSlide(page, '无人机');
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, '新型显示');
    expect(await page.getByRole('status').textContent()).toBe('第 2 页，共 4 页：新型显示');

    await page.keyboard.press(' ');
    await page.mouse.move(200, 200);
    await page.getByRole('button', { name: '继续' }).waitFor();
    await page.keyboard.press(' ');
    await page.getByRole('button', { name: '暂停' }).waitFor();

    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: '演示设置' }).waitFor();
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    expect(new URL(page.url()).searchParams.get('play')).toBeNull();
    await page.context().close();
  });

  it('gives each slide its own time, and stops on the last without looping', async () => {
    const page = await presenter();
    // Records when each title appears, in the page's own clock.
    await page.addInitScript(() => {
      const shown: { title: string; at: number }[] = [];
      Object.assign(window, { shownSlides: shown });
      new MutationObserver(() => {
        const title = document.querySelector('h1')?.textContent ?? '';
        if (shown.at(-1)?.title !== title) shown.push({ title, at: performance.now() });
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(
      `${app.url}/present?play=true&seconds=3&times=overview:1,drones:2&chains=new-display,drones,ai&loop=false`,
    );
    await expectSlide(page, '人工智能');
    await page.getByText(/演示结束/).waitFor({ timeout: 6000 });
    const shown = await page.evaluate(
      () => (window as unknown as { shownSlides: { title: string; at: number }[] }).shownSlides,
    );
    const slides = shown.filter(({ title }) => /产业链总览|新型显示|无人机|人工智能/.test(title));
    expect(slides.map(({ title }) => title.replace(/.*产业链总览/, '总览'))).toEqual([
      '总览',
      '新型显示',
      '无人机',
      '人工智能',
    ]);
    const seconds = slides.slice(1).map((slide, i) => (slide.at - (slides[i]?.at ?? 0)) / 1000);
    // 1 s, the default 3 s, then 2 s. A slide's clock starts when its turn comes and its title
    // is drawn a frame or two later — on a busy machine up to about 0.1 s — so a title may be
    // seen that much less than its time; any other slide's time is a second or more away.
    expect(seconds[0]).toBeGreaterThanOrEqual(0.85);
    expect(seconds[0]).toBeLessThan(1.9);
    expect(seconds[1]).toBeGreaterThanOrEqual(2.85);
    expect(seconds[1]).toBeLessThan(3.9);
    expect(seconds[2]).toBeGreaterThanOrEqual(1.85);
    expect(seconds[2]).toBeLessThan(2.9);
    await page.context().close();
  });

  it('hides the controls and the cursor after 2 s without movement, and brings them back on movement', async () => {
    const page = await presenter();
    await page.goto(`${app.url}/present?play=true&seconds=600&chains=ai`);
    await expectSlide(page, /产业链总览/);
    await page.mouse.move(300, 300);
    const pause = page.getByRole('button', { name: '暂停' });
    expect(await pause.isVisible()).toBe(true);

    await page.waitForTimeout(2600);
    expect(await pause.isVisible()).toBe(false);
    const cursor = () =>
      page.locator('.presentation').evaluate((element) => getComputedStyle(element).cursor);
    expect(await cursor()).toBe('none');

    await page.mouse.move(500, 400);
    await pause.waitFor({ state: 'visible', timeout: 1000 });
    expect(await cursor()).not.toBe('none');
    await page.context().close();
  });

  it('sets body type at 28 px and nothing under 18 px on a 1920×1080 projector', async () => {
    const page = await presenter(viewports.projector);
    for (const slide of ['overview', 'chain', 'map', 'projects', 'investment']) {
      await page.goto(
        `${app.url}/present?play=true&seconds=600&chains=new-display&slides=${slide}`,
      );
      await slideTitle(page).waitFor();
      await page.waitForLoadState('networkidle');
      await page.mouse.move(10, 10);
      const sizes = await page.evaluate(() => {
        const smallest: { text: string; px: number }[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement;
          if (!node.textContent?.trim() || !element || element.closest('.visually-hidden'))
            continue;
          const px = parseFloat(getComputedStyle(element).fontSize);
          if (px < 18) smallest.push({ text: node.textContent.trim(), px });
        }
        return { root: parseFloat(getComputedStyle(document.documentElement).fontSize), smallest };
      });
      expect(sizes.root, slide).toBeGreaterThanOrEqual(28);
      expect(sizes.smallest, slide).toEqual([]);
    }
    await page.context().close();
  });
});

/** Text of the slide drawn outside it, or cut off by a box of it that clips its content. */
async function clippedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const slide = document.querySelector('.slide');
    if (!slide) throw new Error('No slide is on screen');
    const clipped: string[] = [];
    const inside = (rect: DOMRect, box: DOMRect) =>
      rect.left >= box.left - 1 &&
      rect.right <= box.right + 1 &&
      rect.top >= box.top - 1 &&
      rect.bottom <= box.bottom + 1;
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (!text || !node.parentElement || node.parentElement.closest('.visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.height === 0) continue;
        let box: Element | null = node.parentElement;
        let cutBy: Element | null = null;
        for (; box && box !== slide.parentElement; box = box.parentElement) {
          const style = getComputedStyle(box);
          const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
          if ((clips || box === slide) && !inside(rect, box.getBoundingClientRect())) cutBy = box;
        }
        const screen = new DOMRect(0, 0, window.innerWidth, window.innerHeight);
        if (cutBy || !inside(rect, screen)) {
          clipped.push(`${text.slice(0, 40)} (cut by ${cutBy?.className || 'the screen'})`);
          break;
        }
      }
    }
    return clipped;
  });
}

describe('every slide of the sample deck', () => {
  it.each([viewports.laptop, viewports.projector])(
    'shows all of its content at $width×$height: nothing cut off, no text over another',
    async (viewport) => {
      const page = await presenter(viewport);
      const slides = 'overview,chain,map,projects,investment,changes';
      await page.goto(`${app.url}/present?play=true&seconds=3600&loop=false&slides=${slides}`);
      const status = page.getByRole('status');
      await status.filter({ hasText: /^第 1 页/ }).waitFor();
      const total = Number(/共 (\d+) 页/.exec((await status.textContent()) ?? '')?.[1]);
      expect(total).toBeGreaterThan(60);
      const problems: string[] = [];
      for (let number = 1; number <= total; number += 1) {
        if (number > 1) await page.keyboard.press('ArrowRight');
        await status.filter({ hasText: new RegExp(`^第 ${number} 页`) }).waitFor();
        await page.waitForLoadState('networkidle');
        const label = (await status.textContent()) ?? String(number);
        for (const text of await clippedTexts(page)) problems.push(`${label}: ${text}`);
        for (const pair of await overlappingTexts(page, '.slide')) {
          problems.push(`${label}: ${pair}`);
        }
      }
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );
});

describe('the setup page', () => {
  it('lines up the per-slide times with no text over another, on a laptop and a projector', async () => {
    for (const viewport of [viewports.laptop, viewports.projector]) {
      const page = await presenter(viewport);
      await page.goto(`${app.url}/present`);
      const times = page.getByRole('group', { name: /各页时长/ });
      await times.getByRole('spinbutton', { name: /^全市总览/ }).waitFor();
      expect(await overlappingTexts(page, '.present-setup'), `${viewport.width}`).toEqual([]);
      // Rows line up: the first two slides' fields share a line at these widths.
      const [first, second] = await times
        .getByRole('spinbutton')
        .evaluateAll((fields) =>
          fields.slice(0, 2).map((field) => field.getBoundingClientRect().top),
        );
      expect(second, `${viewport.width}`).toBe(first);
      await page.context().close();
    }
  });
});

describe('live data on the wall screen', () => {
  it('shows a task force’s edit within one refresh interval, on the same slide', async () => {
    const page = await presenter();
    await page.goto(
      `${app.url}/present?play=true&seconds=600&chains=new-display,drones&slides=chain&refresh=2`,
    );
    await expectSlide(page, '新型显示');
    // Marks the slide's element: a remount on refresh (a flicker) would lose the mark.
    await page.evaluate(() =>
      document.querySelector('.presentation__slide')?.setAttribute('data-probe', 'kept'),
    );

    const editor = await browser.newContext();
    await editor.request.post(`${app.url}/api/auth/login`, {
      headers: { origin: app.url },
      data: { username: 'editor-new-display', password: samplePassword },
    });
    const chain = (await (await editor.request.get(`${app.url}/api/chains/1`)).json()) as {
      version: number;
    };
    const note = `大屏实时测试 ${Date.now()}`;
    const saved = await editor.request.put(`${app.url}/api/chains/1/status`, {
      headers: { origin: app.url },
      data: { status: 'red', statusNote: note, version: chain.version },
    });
    expect(saved.status()).toBe(200);
    const savedAt = Date.now();

    await page.getByText(note).waitFor({ timeout: 4000 });
    expect(Date.now() - savedAt).toBeLessThan(3000);
    expect(await slideTitle(page).textContent()).toBe('新型显示');
    expect(await page.locator('.presentation__slide[data-probe="kept"]').count()).toBe(1);
    expect(await page.locator('.presentation__slide .rag').first().textContent()).toBe('红');
    await editor.close();
    await page.context().close();
  });
});
