import { chromium } from 'playwright-core';
const base = 'http://localhost:8391';
const [,, lang, w, h, path, ...texts] = process.argv;
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
await page.goto(base + path);
await page.waitForTimeout(4000);
let i = 0;
for (const text of texts) {
  const heading = page.getByRole('heading', { name: text }).first();
  await heading.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -20));
  await page.waitForTimeout(500);
  const name = `/tmp/shots/${lang}-${w}-${path.replace(/[^a-z0-9]+/gi, '_')}-${i++}.png`;
  await page.screenshot({ path: name });
  console.log(name);
}
console.log('overflow', await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth));
await browser.close();
