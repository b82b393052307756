import { eq } from 'drizzle-orm';
import { firms } from '../../../db/schema';
import { supervisionClock, type AppRouteHandler } from '../../context';
import { notFound } from '../../errors';
import { chainRefsOf } from '../../queries/chain-refs';
import { editableFields } from '../../queries/editable';
import { withResolutionRate } from '../../queries/problem-counts';
import { toProblemListItem } from '../../queries/problems';
import { toProjectListItem } from '../../queries/projects';
import { firstRow } from '../../queries/sql';
import {
  findFirmItems,
  firmChainLink,
  loadFirmSections,
  selectFirms,
  toFirmListItem,
} from './firms.queries';
import { toPage } from '../../queries/paging';
import type * as routes from './firms.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const query = c.req.valid('query');
  const { items, total } = await findFirmItems(c.var.db, query);
  return c.json(toPage(items, total, query), 200);
};

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const { id } = c.req.valid('param');
  const db = c.var.db;
  const [firm, chainsByFirm, [links, leaderOf, projects, problemCounts, recentProblems]] =
    await Promise.all([
      firstRow(selectFirms(db).where(eq(firms.id, id))),
      chainRefsOf(db, firmChainLink, [id]),
      loadFirmSections(db, id, supervisionClock(c)),
    ]);
  if (!firm) throw notFound('Firm');
  return c.json(
    {
      ...toFirmListItem(firm, chainsByFirm.get(id) ?? []),
      ...editableFields(firm),
      links,
      leaderOf,
      projects: projects.map(toProjectListItem),
      problems: {
        counts: withResolutionRate(problemCounts),
        recent: recentProblems.map(toProblemListItem),
      },
    },
    200,
  );
};
