import { createRoute } from '@hono/zod-openapi';
import { idParamSchema } from '../../../contract/common';
import {
  problemDetailSchema,
  problemListQuerySchema,
  problemPageSchema,
} from '../../../contract/problems';
import { invalidRequestResponse, jsonResponse, notFoundResponse } from '../responses';

export const list = createRoute({
  method: 'get',
  path: '/problems',
  tags: ['problems'],
  summary: 'Search, filter, sort and page the firms’ problems (企业问题)',
  request: { query: problemListQuerySchema },
  responses: {
    200: jsonResponse(problemPageSchema, 'One page of problems'),
    400: invalidRequestResponse,
  },
});

export const getOne = createRoute({
  method: 'get',
  path: '/problems/{id}',
  tags: ['problems'],
  summary: 'One problem with its detail and feedback',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(problemDetailSchema, 'The problem'),
    400: invalidRequestResponse,
    404: notFoundResponse,
  },
});
