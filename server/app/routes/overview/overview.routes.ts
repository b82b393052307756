import { createRoute } from '@hono/zod-openapi';
import { overviewSchema } from '../../../contract/overview';
import { jsonResponse } from '../responses';

export const get = createRoute({
  method: 'get',
  path: '/overview',
  tags: ['overview'],
  summary: 'City headline figures and every active chain at a glance',
  responses: {
    200: jsonResponse(overviewSchema, 'The overview as of the city’s today'),
  },
});
