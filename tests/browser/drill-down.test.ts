import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from './support/app-process';
import { launchChromium } from './support/browser';
import { newPageIn, settled } from './support/pages';
import { apiReader, sampleViewer, signIn } from './support/sign-in';

/* The main ways officials move through the app, in Chromium against `npm start`. */

interface ChainDetail {
  id: number;
  name: string;
  chainMap: {
    links: { id: number; name: string; firmCount: number; firms: { id: number; name: string }[] }[];
  }[];
}

let app: AppProcess;
let browser: BrowserContext;
let api: Awaited<ReturnType<typeof apiReader>>;

function searchOf(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  api = await apiReader(app.url);
  // The session cookie serves every page of the browser context from here on.
  const page = await browser.newPage();
  await signIn(page, app.url, sampleViewer);
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('drilling down from the city to one firm', () => {
  it('goes overview → chain → link → firm by keyboard, and back the same way', async () => {
    const { items } = await api<{ items: { id: number }[] }>('/api/chains');
    const [firstChain] = items;
    if (!firstChain) throw new Error('no chains');
    const chain = await api<ChainDetail>(`/api/chains/${firstChain.id}`);
    const link = chain.chainMap
      .flatMap((segment) => segment.links)
      .find((candidate) => candidate.firms.length > 0);
    const firm = link?.firms[0];
    if (!link || !firm) throw new Error('the chain has no link with firms');

    const page = await newPageIn(browser, 'zh-CN');
    await page.goto(app.url);
    await settled(page);

    // The chain's name in the five-ones matrix leads to its page.
    const chainLink = page
      .getByRole('rowheader', { name: chain.name, exact: true })
      .getByRole('link', { name: chain.name, exact: true });
    await chainLink.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: chain.name }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/chains/${chain.id}`);

    // A chain-map link lists its firms, and the choice is in the address.
    const linkButton = page.getByRole('button', { name: new RegExp(`^${link.name}`) });
    await linkButton.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: `${link.name}：相关企业` }).waitFor();
    expect(searchOf(page).get('link')).toBe(String(link.id));
    await expect(linkButton.getAttribute('aria-pressed')).resolves.toBe('true');

    const firmLink = page
      .locator('#chain-map-firms')
      .getByRole('link', { name: firm.name, exact: true });
    await firmLink.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: firm.name }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/firms/${firm.id}`);

    // Back returns through the same states: the link still open, then the chain, then the city.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: chain.name }).waitFor();
    await page.locator('#chain-map-firms').getByRole('link', { name: firm.name }).waitFor();
    expect(searchOf(page).get('link')).toBe(String(link.id));

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: chain.name }).waitFor();
    expect(searchOf(page).get('link')).toBeNull();

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: '产业链总览' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.close();
  });
});

// 营收 and not 营收规模; the sorted column also says its direction.
const revenueColumn = /^营收\s*(升序|降序)?$/;

describe('a list in the address', () => {
  it('keeps its search, filter, sort and page through a reload', async () => {
    const page = await newPageIn(browser, 'zh-CN');
    await page.goto(`${app.url}/firms`);
    await settled(page);

    await page.getByRole('searchbox', { name: /搜索企业/ }).fill('科技');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === '科技');
    await page.getByRole('combobox', { name: '企业标签' }).selectOption({ label: '高新技术企业' });
    await page.waitForURL((url) => url.searchParams.get('tag') === 'high_tech');
    await page.getByRole('button', { name: revenueColumn }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'revenue');
    await settled(page);
    await page.getByRole('button', { name: '下一页' }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await settled(page);

    const table = page.getByRole('table', { name: '企业列表' });
    const rowsBefore = await table.getByRole('row').allInnerTexts();
    const address = page.url();

    await page.reload();
    await settled(page);

    expect(page.url()).toBe(address);
    await expect(table.getByRole('row').allInnerTexts()).resolves.toEqual(rowsBefore);
    await expect(page.getByRole('searchbox', { name: /搜索企业/ }).inputValue()).resolves.toBe(
      '科技',
    );
    await expect(page.getByRole('combobox', { name: '企业标签' }).inputValue()).resolves.toBe(
      'high_tech',
    );
    const revenueHeader = page.getByRole('columnheader', { name: revenueColumn });
    await expect(revenueHeader.getAttribute('aria-sort')).resolves.toMatch(/ascending|descending/);
    await expect(page.getByText(/第 2 页/).isVisible()).resolves.toBe(true);
    await page.close();
  });
});
