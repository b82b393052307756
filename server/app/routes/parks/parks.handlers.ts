import { eq } from 'drizzle-orm';
import { parks } from '../../../db/schema';
import { cityToday, type AppRouteHandler } from '../../context';
import { notFound } from '../../errors';
import { editableFields } from '../../queries/editable';
import { toProjectListItem } from '../../queries/projects';
import { firstRow } from '../../queries/sql';
import {
  findParkItems,
  hostedChainsOf,
  loadParkProjects,
  selectParks,
  toPark,
} from './parks.queries';
import { toPage } from '../../queries/paging';
import type * as routes from './parks.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const query = c.req.valid('query');
  const { items, total } = await findParkItems(c.var.db, query);
  return c.json(toPage(items, total, query), 200);
};

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const { id } = c.req.valid('param');
  const db = c.var.db;
  const [park, chainsByPark, [projects, projectTotals]] = await Promise.all([
    firstRow(selectParks(db).where(eq(parks.id, id))),
    hostedChainsOf(db, [id]),
    loadParkProjects(db, id, cityToday(c)),
  ]);
  if (!park) throw notFound('Park');
  return c.json(
    {
      ...toPark(park),
      ...editableFields(park),
      chains: chainsByPark.get(id) ?? [],
      withdrawnAt: park.withdrawnAt?.toISOString() ?? null,
      counts: {
        firms: park.firmCount,
        projects: projectTotals.count,
        projectInvestmentYi: projectTotals.investmentYi,
      },
      projects: projects.map(toProjectListItem),
    },
    200,
  );
};
