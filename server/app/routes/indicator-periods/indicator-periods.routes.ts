import { createRoute } from '@hono/zod-openapi';
import { indicatorPeriodsSchema } from '../../../contract/indicator-periods';
import { jsonResponse } from '../responses';

export const list = createRoute({
  method: 'get',
  path: '/indicator-periods',
  tags: ['indicators'],
  summary:
    'The current quarter and the seven before it, newest first: whether each takes indicator figures (open, locked, reopened)',
  responses: {
    200: jsonResponse(indicatorPeriodsSchema, 'The quarters as of the city’s today'),
  },
});
