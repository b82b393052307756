import { createRoute } from '@hono/zod-openapi';
import { idParamSchema } from '../../../contract/common';
import { campaignDetailSchema, campaignListSchema } from '../../../contract/investment';
import { invalidRequestResponse, jsonResponse, notFoundResponse } from '../responses';

export const list = createRoute({
  method: 'get',
  path: '/campaigns',
  tags: ['investment'],
  summary: 'The 招商 campaigns, newest first, with their leads and signed projects',
  responses: {
    200: jsonResponse(campaignListSchema, 'The campaigns'),
  },
});

export const getOne = createRoute({
  method: 'get',
  path: '/campaigns/{id}',
  tags: ['investment'],
  summary: 'One campaign (a withdrawn one too)',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(campaignDetailSchema, 'The campaign'),
    400: invalidRequestResponse,
    404: notFoundResponse,
  },
});
