import { createRoute } from '@hono/zod-openapi';
import { apiErrorSchema } from '../../../contract/errors';
import {
  securityEventListQuerySchema,
  securityEventPageSchema,
} from '../../../contract/security-events';
import { invalidRequestResponse, jsonResponse } from '../responses';

// Only reads: the security audit is append-only, so no route changes or removes an event.
export const list = createRoute({
  method: 'get',
  path: '/security/events',
  tags: ['security'],
  summary: 'The security audit, newest first, with filters (audit administrator)',
  request: { query: securityEventListQuerySchema },
  responses: {
    200: jsonResponse(securityEventPageSchema, 'One page of security events'),
    400: invalidRequestResponse,
    401: jsonResponse(apiErrorSchema, 'Not signed in'),
    403: jsonResponse(apiErrorSchema, 'Not the audit administrator'),
  },
});
