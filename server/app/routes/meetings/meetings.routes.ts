import { createRoute } from '@hono/zod-openapi';
import { idParamSchema } from '../../../contract/common';
import {
  meetingDetailSchema,
  meetingListQuerySchema,
  meetingPageSchema,
} from '../../../contract/meetings';
import { invalidRequestResponse, jsonResponse, notFoundResponse } from '../responses';

export const list = createRoute({
  method: 'get',
  path: '/meetings',
  tags: ['meetings'],
  summary: 'Search, filter and page the 座谈会 (meetings with firms), latest first',
  request: { query: meetingListQuerySchema },
  responses: {
    200: jsonResponse(meetingPageSchema, 'One page of meetings'),
    400: invalidRequestResponse,
  },
});

export const getOne = createRoute({
  method: 'get',
  path: '/meetings/{id}',
  tags: ['meetings'],
  summary: 'One meeting (a withdrawn one too) with its firms and the problems raised there',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(meetingDetailSchema, 'The meeting'),
    400: invalidRequestResponse,
    404: notFoundResponse,
  },
});
