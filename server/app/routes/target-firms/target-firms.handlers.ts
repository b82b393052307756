import { eq } from 'drizzle-orm';
import { targetFirms } from '../../../db/schema';
import type { AppRouteHandler } from '../../context';
import { notFound } from '../../errors';
import { editableFields } from '../../queries/editable';
import { toPage } from '../../queries/paging';
import { findTargetFirms, selectTargetFirms, toTargetFirmItems } from './target-firms.queries';
import type * as routes from './target-firms.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const query = c.req.valid('query');
  const { rows, total } = await findTargetFirms(c.var.db, query);
  const items = await toTargetFirmItems(c.var.db, rows);
  return c.json(
    toPage(
      items.map(({ item }) => item),
      total,
      query,
    ),
    200,
  );
};

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const { id } = c.req.valid('param');
  const rows = await selectTargetFirms(c.var.db).where(eq(targetFirms.id, id));
  const [found] = await toTargetFirmItems(c.var.db, rows);
  if (!found) throw notFound('Target firm');
  const { row, item: listItem } = found;
  return c.json(
    {
      ...listItem,
      ...editableFields(row),
      supplyItemId: row.supplyItemId,
      withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    },
    200,
  );
};
