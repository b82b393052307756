import { createRoute } from '@hono/zod-openapi';
import { idParamSchema } from '../../../contract/common';
import {
  projectDetailSchema,
  projectListQuerySchema,
  projectPageSchema,
} from '../../../contract/projects';
import { invalidRequestResponse, jsonResponse, notFoundResponse } from '../responses';

export const list = createRoute({
  method: 'get',
  path: '/projects',
  tags: ['projects'],
  summary: 'Search, filter, sort and page the major projects',
  request: { query: projectListQuerySchema },
  responses: {
    200: jsonResponse(projectPageSchema, 'One page of projects'),
    400: invalidRequestResponse,
  },
});

export const getOne = createRoute({
  method: 'get',
  path: '/projects/{id}',
  tags: ['projects'],
  summary: 'One project',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(projectDetailSchema, 'The project'),
    400: invalidRequestResponse,
    404: notFoundResponse,
  },
});
