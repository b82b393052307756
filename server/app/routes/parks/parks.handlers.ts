import { eq } from 'drizzle-orm';
import type { ParkListItem, ParkListQuery } from '../../../contract/parks';
import type { Database } from '../../../db/database';
import { parks } from '../../../db/schema';
import { cityToday, type AppRouteHandler } from '../../context';
import { notFound } from '../../errors';
import { editableFields } from '../../queries/editable';
import { toProjectListItem } from '../../queries/projects';
import { firstRow } from '../../queries/sql';
import { findParks, hostedChainsOf, loadParkProjects, selectParks, toPark } from './parks.queries';
import { toPage } from '../../queries/paging';
import type * as routes from './parks.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const query = c.req.valid('query');
  const { items, total } = await findParkItems(c.var.db, query);
  return c.json(toPage(items, total, query), 200);
};

/** The parks of one page of the query, with their chains: what the list and the export show. */
export async function findParkItems(db: Database, query: ParkListQuery) {
  const { rows, total } = await findParks(db, query);
  const chainsByPark = await hostedChainsOf(
    db,
    rows.map((row) => row.id),
  );
  const items: ParkListItem[] = rows.map((row) => ({
    ...toPark(row),
    chains: chainsByPark.get(row.id) ?? [],
    firmCount: row.firmCount,
    projectCount: row.projectCount,
  }));
  return { items, total };
}

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
