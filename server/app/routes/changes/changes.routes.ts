import { createRoute } from '@hono/zod-openapi';
import { changesQuerySchema, changesSchema } from '../../../contract/changes';
import { invalidRequestResponse, jsonResponse, notFoundResponse } from '../responses';

export const list = createRoute({
  method: 'get',
  path: '/changes',
  tags: ['changes'],
  summary: 'What changed in a chain (or the city) between two days: 本周变化',
  request: { query: changesQuerySchema },
  responses: {
    200: jsonResponse(changesSchema, 'The changes of the window, by section'),
    400: invalidRequestResponse,
    404: notFoundResponse,
  },
});
