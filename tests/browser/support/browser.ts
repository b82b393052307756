import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** Debian's Chromium, headless, with nothing that reaches outside this machine. */
export async function launchChromium(): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'chainboard-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    ...launchOptions,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
  });
}

/** The same Chromium without a profile, for runs that need a fresh context (a cold cache) each. */
export async function launchChromiumBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions);
}
