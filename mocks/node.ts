import { setupServer } from 'msw/node';
import { createApiHandlers, type FetchApp } from '@mocks/api-handlers';

/** An MSW server for Node tests whose default handlers forward `/api` to `app`. */
export function createMockServer(app: FetchApp) {
  return setupServer(...createApiHandlers(app));
}
