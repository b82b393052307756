import { cityToday, type AppRouteHandler } from '../../context';
import { loadChanges } from './changes.queries';
import type * as routes from './changes.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  return c.json(await loadChanges(c.var.db, c.req.valid('query'), cityToday(c)), 200);
};
