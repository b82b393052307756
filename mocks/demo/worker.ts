import { Hono, type MiddlewareHandler } from 'hono';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { createApp } from '@server/app/create-app';
import { openDemoDatabase } from './database';

interface DemoBindings {
  /** The Set-Cookie lines the API wrote while answering one request. */
  setCookies: string[];
}

/*
 * Browsers drop Set-Cookie from a Response built in script and Cookie from a Request built in
 * script (both are forbidden header names), so the API's session cookie cannot travel as it does
 * over HTTP. MSW 2 keeps cookies for mocked responses itself: the Set-Cookie of an HttpResponse
 * goes into its cookie store (tough-cookie, kept in localStorage, so it survives reloads) and comes
 * back to the handler as `cookies`. This bridge hands the API's cookies to that store and the
 * store's cookies to the API.
 */
const keepSetCookies: MiddlewareHandler<{ Bindings: DemoBindings }> = async (c, next) => {
  const setHeader = c.header;
  c.header = ((name: string, value?: string, options?: { append?: boolean }) => {
    if (name.toLowerCase() === 'set-cookie' && value) c.env.setCookies.push(value);
    setHeader(name, value, options);
  }) as typeof c.header;
  await next();
};

/** A copy of `request` whose headers carry `cookies`, which a browser's Request refuses. */
class RequestWithCookies extends Request {
  constructor(request: Request, cookies: Record<string, string>) {
    super(request);
    const headers = new Headers(request.headers);
    const line = Object.entries(cookies)
      .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
      .join('; ');
    if (line) headers.set('cookie', line);
    Object.defineProperty(this, 'headers', { value: headers });
  }
}

/**
 * Starts MSW's service worker, which hands every `/api` request to the same API app the Node
 * server runs, here on PGlite in IndexedDB. Resolves once requests can be answered.
 */
export async function startDemoWorker() {
  const db = await openDemoDatabase();
  const api = new Hono<{ Bindings: DemoBindings }>();
  api.use('/api/*', keepSetCookies);
  // As `npm start` serves the sample: the real clock, and one fixed address for sign-in limits.
  api.route('/', createApp({ db, clientAddress: () => 'demo-browser', limitBodies: false }));

  // This origin's /api only: in the dev server, source modules such as src/features/x/api/y.ts
  // must reach Vite.
  const worker = setupWorker(
    http.all(`${window.location.origin}/api/*`, async ({ request, cookies }) => {
      const bindings: DemoBindings = { setCookies: [] };
      const response = await api.fetch(new RequestWithCookies(request, cookies), bindings);
      if (bindings.setCookies.length === 0) return response;
      const headers = new Headers(response.headers);
      for (const line of bindings.setCookies) headers.append('set-cookie', line);
      return new HttpResponse(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers,
      });
    }),
  );
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
