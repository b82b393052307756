import { createRoute } from '@hono/zod-openapi';
import {
  auditListQuerySchema,
  auditPageSchema,
  chainHistoryQuerySchema,
  revertBodySchema,
  revertResultSchema,
} from '../../../contract/audit';
import { idParamSchema } from '../../../contract/common';
import { apiErrorSchema } from '../../../contract/errors';
import { conflictSchema } from '../../../contract/writes';
import { invalidRequestResponse, jsonResponse, notFoundResponse } from '../responses';
import { z } from 'zod';

const unauthorized = jsonResponse(apiErrorSchema, 'Not signed in');
const forbidden = jsonResponse(apiErrorSchema, 'Not allowed for this user');

export const chainHistory = createRoute({
  method: 'get',
  path: '/chains/{id}/history',
  tags: ['audit'],
  summary: 'Every change to a chain’s records, newest first, with before and after',
  request: { params: idParamSchema, query: chainHistoryQuerySchema },
  responses: {
    200: jsonResponse(auditPageSchema, 'One page of the chain’s history'),
    400: invalidRequestResponse,
    401: unauthorized,
    404: notFoundResponse,
  },
});

export const list = createRoute({
  method: 'get',
  path: '/audit-events',
  tags: ['audit'],
  summary: 'The city-wide audit trail with filters (administrators)',
  request: { query: auditListQuerySchema },
  responses: {
    200: jsonResponse(auditPageSchema, 'One page of audit events'),
    400: invalidRequestResponse,
    401: unauthorized,
    403: forbidden,
  },
});

export const revert = createRoute({
  method: 'post',
  path: '/audit-events/{id}/revert',
  tags: ['audit', 'edits'],
  summary: 'Undo a change: write the record’s earlier values back, as a new audited write',
  request: {
    params: idParamSchema,
    body: { required: true, content: { 'application/json': { schema: revertBodySchema } } },
  },
  responses: {
    200: jsonResponse(revertResultSchema, 'The record as it is after the revert'),
    400: invalidRequestResponse,
    401: unauthorized,
    403: forbidden,
    404: notFoundResponse,
    409: jsonResponse(
      conflictSchema(z.record(z.string(), z.unknown()), 'RevertConflict'),
      'The record changed after this change was made; `current` is how it is now',
    ),
  },
});
