import { createRoute } from '@hono/zod-openapi';
import { apiErrorSchema } from '../../../contract/errors';
import {
  clearedLoginThrottleSchema,
  clearLoginThrottleBodySchema,
  loginThrottlesSchema,
} from '../../../contract/login-throttles';
import { clearLoginThrottle, listLoginThrottles } from '../../auth/login-limits';
import { createRouter } from '../../context';
import { appendAudit } from '../../writes/audit';
import { authorise } from '../../auth/permissions';
import { eventOfRequest, recordSecurityEvent } from '../../security/events';
import { invalidRequestResponse, jsonResponse } from '../responses';

const list = createRoute({
  method: 'get',
  path: '/login-throttles',
  tags: ['users'],
  summary: 'Accounts and addresses that wait before their next sign-in attempt (administrators)',
  responses: {
    200: jsonResponse(loginThrottlesSchema, 'The throttled pairs and addresses'),
    401: jsonResponse(apiErrorSchema, 'Not signed in'),
    403: jsonResponse(apiErrorSchema, 'Not an administrator'),
  },
});

const clear = createRoute({
  method: 'post',
  path: '/login-throttles/clear',
  tags: ['users'],
  summary:
    'Forgive the counted wrong passwords of an account, an address, or both together (administrators)',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: clearLoginThrottleBodySchema } },
    },
  },
  responses: {
    200: jsonResponse(clearedLoginThrottleSchema, 'Cleared; they may sign in at once'),
    400: invalidRequestResponse,
    401: jsonResponse(apiErrorSchema, 'Not signed in'),
    403: jsonResponse(apiErrorSchema, 'Not an administrator'),
  },
});

export const loginThrottlesRouter = createRouter()
  .openapi(list, async (c) => {
    authorise(c.var.user, 'manage_credentials');
    return c.json(await listLoginThrottles(c.var.db, c.var.now(), c.var.loginThrottle), 200);
  })
  .openapi(clear, async (c) => {
    authorise(c.var.user, 'manage_credentials');
    const who = c.req.valid('json');
    const now = c.var.now();
    const cleared = await c.var.db.transaction(async (tx) => {
      const n = await clearLoginThrottle(tx, who, c.var.user.username, now);
      // Not a data change readers cache, so no data version; but the trail says who let whom
      // in — and that they tried, when there was nothing to clear, as every write is audited.
      await appendAudit(tx, c.var.user, now, {
        action: 'delete',
        entityType: 'login_throttle',
        entityId: `${who.username ?? '*'}@${who.address ?? '*'}`,
        chainId: null,
        before: { username: who.username ?? null, address: who.address ?? null, failures: n },
        after: null,
      });
      await recordSecurityEvent(
        tx,
        eventOfRequest(c, {
          type: 'unlock',
          result: 'success',
          object: who.username ?? null,
          detail: { address: who.address ?? null, cleared: n },
        }),
      );
      return n;
    });
    return c.json({ cleared }, 200);
  });
