import { createRoute } from '@hono/zod-openapi';
import { departmentListSchema } from '../../../contract/departments';
import { jsonResponse } from '../responses';

export const list = createRoute({
  method: 'get',
  path: '/departments',
  tags: ['departments'],
  summary: 'The city’s departments, for filters and pickers',
  responses: {
    200: jsonResponse(departmentListSchema, 'Every department, by name'),
  },
});
