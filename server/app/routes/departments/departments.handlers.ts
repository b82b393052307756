import { asc } from 'drizzle-orm';
import { departments } from '../../../db/schema';
import type { AppRouteHandler } from '../../context';
import { refColumns } from '../../queries/refs';
import { textOrder } from '../../queries/sql';
import type * as routes from './departments.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const items = await c.var.db
    .select(refColumns(departments))
    .from(departments)
    .orderBy(textOrder(departments.nameSortKey), asc(departments.id));
  return c.json({ items }, 200);
};
