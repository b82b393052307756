import { createRoute } from '@hono/zod-openapi';
import { apiErrorSchema } from '../../../contract/errors';
import { securityPolicySchema } from '../../../contract/security';
import { jsonResponse } from '../responses';

export const getPolicy = createRoute({
  method: 'get',
  path: '/security/policy',
  tags: ['security'],
  summary:
    'The security policy in force: passwords, second factor, sessions, audit (security administrator)',
  responses: {
    200: jsonResponse(securityPolicySchema, 'The policy, with its version'),
    401: jsonResponse(apiErrorSchema, 'Not signed in'),
    403: jsonResponse(apiErrorSchema, 'Not the security administrator'),
  },
});
