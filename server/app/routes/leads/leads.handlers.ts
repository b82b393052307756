import { eq } from 'drizzle-orm';
import { STALLED_LEAD_DAYS } from '../../../contract/alerts';
import { leads } from '../../../db/schema';
import { cityToday, type AppRouteHandler } from '../../context';
import { notFound } from '../../errors';
import { toPage } from '../../queries/paging';
import { firstRow } from '../../queries/sql';
import { loadChainInvestment } from './chain-investment.queries';
import { loadFunnels } from './funnel.queries';
import { findLeads, selectLeads, toLeadDetail, toLeadListItem } from './leads.queries';
import type * as routes from './leads.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const query = c.req.valid('query');
  const { rows, total } = await findLeads(c.var.db, query, cityToday(c));
  const page = toPage(rows.map(toLeadListItem), total, query);
  return c.json({ ...page, stalledAfterDays: STALLED_LEAD_DAYS }, 200);
};

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const { id } = c.req.valid('param');
  const row = await firstRow(selectLeads(c.var.db, cityToday(c)).where(eq(leads.id, id)));
  if (!row) throw notFound('Lead');
  return c.json(toLeadDetail(row, STALLED_LEAD_DAYS), 200);
};

export const funnel: AppRouteHandler<typeof routes.funnel> = async (c) => {
  const query = c.req.valid('query');
  const funnels = await loadFunnels(c.var.db, cityToday(c), {
    chainId: query.chain,
    campaignId: query.campaign,
  });
  if (!funnels.found) throw notFound('Chain');
  return c.json(
    { total: funnels.total, chains: funnels.chains, stalledAfterDays: STALLED_LEAD_DAYS },
    200,
  );
};

export const chainInvestment: AppRouteHandler<typeof routes.chainInvestment> = async (c) => {
  const { id } = c.req.valid('param');
  const answer = await loadChainInvestment(c.var.db, id, cityToday(c));
  if (!answer) throw notFound('Chain');
  return c.json(answer, 200);
};
