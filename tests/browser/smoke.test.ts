import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from './support/app-process';
import { launchChromium } from './support/browser';
import { sampleViewer, signIn } from './support/sign-in';

const sampleChains = [
  '新型显示',
  '核技术应用',
  '激光技术应用',
  '无人机',
  '机器人',
  '航空航天',
  '生物医药及医疗装备',
  '光伏储能',
  '人工智能',
  '商业航天',
  '太赫兹技术',
  '低空经济',
];

describe('npm start on a fresh data folder', () => {
  let app: AppProcess;
  let browser: BrowserContext;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('loads the sample city and shows its twelve chains with the sample-data banner', async () => {
    expect(app.output()).toContain('sample city loaded');
    const page = await browser.newPage();
    await signIn(page, app.url, sampleViewer);
    await page.getByRole('rowheader', { name: sampleChains[0], exact: true }).waitFor();
    for (const name of sampleChains) {
      await expect(page.getByRole('rowheader', { name, exact: true }).count()).resolves.toBe(1);
    }
    await expect(page.getByRole('rowheader').count()).resolves.toBe(sampleChains.length);
    await expect(page.getByText('示例数据').first().isVisible()).resolves.toBe(true);
  });

  it('serves client routes as the app and unknown assets as 404, never cached as the app', async () => {
    const route = await fetch(`${app.url}/chains/1`);
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toContain('text/html');
    const asset = await fetch(`${app.url}/assets/index-OLDBUILD.js`);
    expect(asset.status).toBe(404);
    expect(asset.headers.get('cache-control')).toBeNull();
  });
});
