import { createRoute } from '@hono/zod-openapi';
import { idParamSchema } from '../../../contract/common';
import { firmDetailSchema, firmListQuerySchema, firmPageSchema } from '../../../contract/firms';
import { invalidRequestResponse, jsonResponse, notFoundResponse } from '../responses';

export const list = createRoute({
  method: 'get',
  path: '/firms',
  tags: ['firms'],
  summary: 'Search, filter, sort and page the firms',
  request: { query: firmListQuerySchema },
  responses: {
    200: jsonResponse(firmPageSchema, 'One page of firms'),
    400: invalidRequestResponse,
  },
});

export const getOne = createRoute({
  method: 'get',
  path: '/firms/{id}',
  tags: ['firms'],
  summary: 'One firm with its chains, chain links, projects and problems',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(firmDetailSchema, 'The firm'),
    400: invalidRequestResponse,
    404: notFoundResponse,
  },
});
