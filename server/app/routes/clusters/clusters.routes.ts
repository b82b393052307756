import { createRoute } from '@hono/zod-openapi';
import {
  clusterDetailSchema,
  clusterListQuerySchema,
  clusterPageSchema,
} from '../../../contract/clusters';
import { idParamSchema } from '../../../contract/common';
import { invalidRequestResponse, jsonResponse, notFoundResponse } from '../responses';

export const list = createRoute({
  method: 'get',
  path: '/clusters',
  tags: ['clusters'],
  summary: 'Search, filter, sort and page the industrial clusters (产业集群) with their chains',
  request: { query: clusterListQuerySchema },
  responses: {
    200: jsonResponse(clusterPageSchema, 'One page of clusters'),
    400: invalidRequestResponse,
  },
});

export const getOne = createRoute({
  method: 'get',
  path: '/clusters/{id}',
  tags: ['clusters'],
  summary: 'One cluster with its chains',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(clusterDetailSchema, 'The cluster'),
    400: invalidRequestResponse,
    404: notFoundResponse,
  },
});
