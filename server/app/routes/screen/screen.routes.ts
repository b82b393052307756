import { createRoute } from '@hono/zod-openapi';
import { screenSchema, screenVersionSchema } from '../../../contract/screen';
import { jsonResponse } from '../responses';

export const get = createRoute({
  method: 'get',
  path: '/screen',
  tags: ['screen'],
  summary: '驾驶舱大屏: 招商, problems, projects and parks by district, summed for the wall screen',
  responses: {
    200: jsonResponse(screenSchema, 'The wall screen’s figures as of the city’s today'),
  },
});

export const version = createRoute({
  method: 'get',
  path: '/screen/version',
  tags: ['screen'],
  summary: 'The data version and the city’s day: what a wall screen polls to know when to refetch',
  responses: {
    200: jsonResponse(screenVersionSchema, 'The current data version'),
  },
});
