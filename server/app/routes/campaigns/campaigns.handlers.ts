import type { AppRouteHandler } from '../../context';
import { notFound } from '../../errors';
import { editableFields } from '../../queries/editable';
import { campaignById, listCampaigns, toCampaignItems } from './campaigns.queries';
import type * as routes from './campaigns.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const items = await toCampaignItems(c.var.db, await listCampaigns(c.var.db));
  return c.json({ items: items.map(({ item }) => item) }, 200);
};

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const { id } = c.req.valid('param');
  const [found] = await toCampaignItems(c.var.db, await campaignById(c.var.db, id));
  if (!found) throw notFound('Campaign');
  const { row, item } = found;
  return c.json(
    {
      ...item,
      ...editableFields(row),
      note: row.note,
      withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    },
    200,
  );
};
