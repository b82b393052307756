import type { Page } from 'playwright-core';

/** `ADMIN_PASSWORD` of every app the browser tests start: the first admin's password. */
export const testAdminPassword = 'browser-test-admin-password';

/** The documented password of the sample city's users (one editor per chain and `viewer`). */
export const samplePassword = 'chainboard-sample';

export interface TestUser {
  username: string;
  password: string;
}

export const sampleViewer: TestUser = { username: 'viewer', password: samplePassword };
export const testAdmin: TestUser = { username: 'admin', password: testAdminPassword };

const usernameLabel = /^(用户名|Username)$/;
const passwordLabel = /^(密码|Password)$/;
const submitName = /^(登录|Sign in)$/;

/**
 * Signs in through the sign-in page, as a person would; the session cookie then serves every
 * page of the browser context. Ends on the page sign-in leads to (`then`, the overview by default).
 */
export async function signIn(page: Page, appUrl: string, user: TestUser, then = '/') {
  await page.goto(`${appUrl}/sign-in?redirect=${encodeURIComponent(then)}`);
  await submitSignIn(page, user);
  await page.waitForURL((url) => url.pathname === new URL(then, appUrl).pathname);
}

/** Fills in and sends the sign-in form the page shows now. */
export async function submitSignIn(page: Page, user: TestUser) {
  await page.getByLabel(usernameLabel).fill(user.username);
  await page.getByLabel(passwordLabel).fill(user.password);
  await page.getByRole('button', { name: submitName }).click();
}

/** Signs in by the API, as the test itself (not the page), and returns the `Cookie` header. */
export async function apiCookie(appUrl: string, user: TestUser): Promise<string> {
  const response = await fetch(`${appUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: appUrl },
    body: JSON.stringify(user),
  });
  if (!response.ok) throw new Error(`Signing in as ${user.username}: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
}

/**
 * A session for reading the API from the test itself (to know what the screens should show):
 * signs in by the API and returns a GET that carries the session cookie.
 */
export async function apiReader(appUrl: string, user: TestUser = sampleViewer) {
  const cookie = await apiCookie(appUrl, user);
  return async function get<T>(path: string): Promise<T> {
    const answer = await fetch(`${appUrl}${path}`, { headers: { cookie } });
    if (!answer.ok) throw new Error(`${path}: ${answer.status}`);
    return (await answer.json()) as T;
  };
}
