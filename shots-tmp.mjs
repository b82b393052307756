import { chromium } from 'playwright-core';
const base = 'http://localhost:8391';
const [,, lang, w, h, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const context = await browser.newContext({ viewport: { width: +w, height: +h } });
const page = await context.newPage();
await page.goto(base + '/sign-in');
await page.evaluate((lang) => localStorage.setItem('chainboard.ui', JSON.stringify({ state: { language: lang }, version: 1 })), lang);
await page.goto(base + '/sign-in');
await page.locator('input[autocomplete="username"]').fill('editor-new-display');
await page.locator('input[type="password"]').fill('chainboard-sample');
await page.keyboard.press('Enter');
await page.waitForTimeout(2500);
for (const p of paths) {
  await page.goto(base + p);
  await page.waitForTimeout(3500);
  const name = `/tmp/shots/${lang}-${w}-${p.replace(/[^a-z0-9]+/gi, '_')}.png`;
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.screenshot({ path: name, fullPage: true });
  console.log(name, 'sideways overflow', overflow);
}
await browser.close();
