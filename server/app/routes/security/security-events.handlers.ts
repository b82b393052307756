import type { AppRouteHandler } from '../../context';
import { authorise } from '../../auth/permissions';
import { findSecurityEventPage } from './security-events.queries';
import type * as routes from './security-events.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  authorise(c.var.user, 'read_security_audit');
  const { page, pageSize, ...filter } = c.req.valid('query');
  return c.json(await findSecurityEventPage(c.var.db, filter, { page, pageSize }), 200);
};
