import { http } from 'msw';

/** Anything that answers a Fetch API request: the Hono app's `fetch` in practice. */
export interface FetchApp {
  fetch(request: Request): Response | Promise<Response>;
}

export const apiPath = '*/api/*';

/** Every `/api` request is answered in-process by the very app the Node server runs. */
export function createApiHandlers(app: FetchApp) {
  return [http.all(apiPath, ({ request }) => app.fetch(request))];
}
