import { createRoute } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { apiErrorSchema } from '../../contract/errors';
import { healthSchema } from '../../contract/health';
import { createRouter } from '../context';
import { errorBody } from '../errors';

const getHealth = createRoute({
  method: 'get',
  path: '/health',
  tags: ['system'],
  summary: 'Liveness and database reachability',
  responses: {
    200: {
      description: 'The API and its database answer',
      content: { 'application/json': { schema: healthSchema } },
    },
    503: {
      description: 'The database does not answer',
      content: { 'application/json': { schema: apiErrorSchema } },
    },
  },
});

export const healthRouter = createRouter().openapi(getHealth, async (c) => {
  try {
    await c.var.db.execute(sql`select 1`);
  } catch {
    return c.json(errorBody('unavailable', 'Database unavailable'), 503);
  }
  return c.json({ status: 'ok' as const, database: 'ok' as const }, 200);
});
