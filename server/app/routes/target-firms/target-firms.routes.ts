import { createRoute } from '@hono/zod-openapi';
import { idParamSchema } from '../../../contract/common';
import {
  targetFirmDetailSchema,
  targetFirmListQuerySchema,
  targetFirmPageSchema,
} from '../../../contract/investment';
import { invalidRequestResponse, jsonResponse, notFoundResponse } from '../responses';

export const list = createRoute({
  method: 'get',
  path: '/target-firms',
  tags: ['investment'],
  summary: 'Search, filter, sort and page the 招商 target firms',
  request: { query: targetFirmListQuerySchema },
  responses: {
    200: jsonResponse(targetFirmPageSchema, 'One page of target firms'),
    400: invalidRequestResponse,
  },
});

export const getOne = createRoute({
  method: 'get',
  path: '/target-firms/{id}',
  tags: ['investment'],
  summary: 'One target firm (a withdrawn one too)',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(targetFirmDetailSchema, 'The target firm'),
    400: invalidRequestResponse,
    404: notFoundResponse,
  },
});
