import { createRoute } from '@hono/zod-openapi';
import { chainDetailSchema, chainListQuerySchema, chainListSchema } from '../../../contract/chains';
import { idParamSchema } from '../../../contract/common';
import { chainIndicatorsSchema } from '../../../contract/indicators';
import { invalidRequestResponse, jsonResponse, notFoundResponse } from '../responses';

export const list = createRoute({
  method: 'get',
  path: '/chains',
  tags: ['chains'],
  summary: 'The chains with their five-ones states, leader and lead department',
  request: { query: chainListQuerySchema },
  responses: {
    200: jsonResponse(chainListSchema, 'The chains in display order'),
    400: invalidRequestResponse,
  },
});

export const getOne = createRoute({
  method: 'get',
  path: '/chains/{id}',
  tags: ['chains'],
  summary: 'Everything about one chain: five ones, chain map, parks, clusters, projects, problems',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(chainDetailSchema, 'The chain'),
    400: invalidRequestResponse,
    404: notFoundResponse,
  },
});

export const listIndicators = createRoute({
  method: 'get',
  path: '/chains/{id}/indicators',
  tags: ['chains'],
  summary: 'A chain’s indicators with every period’s value, target, thresholds and rating',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(chainIndicatorsSchema, 'The chain’s indicators'),
    400: invalidRequestResponse,
    404: notFoundResponse,
  },
});
