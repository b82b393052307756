import { createRoute } from '@hono/zod-openapi';
import { idParamSchema } from '../../../contract/common';
import { parkDetailSchema, parkListQuerySchema, parkPageSchema } from '../../../contract/parks';
import { invalidRequestResponse, jsonResponse, notFoundResponse } from '../responses';

export const list = createRoute({
  method: 'get',
  path: '/parks',
  tags: ['parks'],
  summary: 'Search, filter, sort and page the parks',
  request: { query: parkListQuerySchema },
  responses: {
    200: jsonResponse(parkPageSchema, 'One page of parks'),
    400: invalidRequestResponse,
  },
});

export const getOne = createRoute({
  method: 'get',
  path: '/parks/{id}',
  tags: ['parks'],
  summary: 'One park with its chains, counts and projects',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(parkDetailSchema, 'The park'),
    400: invalidRequestResponse,
    404: notFoundResponse,
  },
});
