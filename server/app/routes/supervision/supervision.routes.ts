import { createRoute } from '@hono/zod-openapi';
import { idParamSchema } from '../../../contract/common';
import { supervisionSheetSchema, supervisionSummarySchema } from '../../../contract/supervision';
import { invalidRequestResponse, jsonResponse, notFoundResponse } from '../responses';

export const summary = createRoute({
  method: 'get',
  path: '/supervision',
  tags: ['supervision'],
  summary: '督办: amber and red problems per department and per chain, across the city',
  responses: {
    200: jsonResponse(supervisionSummarySchema, 'The counts as of the city’s today'),
  },
});

export const departmentSheet = createRoute({
  method: 'get',
  path: '/supervision/departments/{id}',
  tags: ['supervision'],
  summary: 'One department’s 督办单: its amber and red problems across chains, oldest first',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(supervisionSheetSchema, 'The department’s supervised problems'),
    400: invalidRequestResponse,
    404: notFoundResponse,
  },
});
