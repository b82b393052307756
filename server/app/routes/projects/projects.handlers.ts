import { eq } from 'drizzle-orm';
import { projects } from '../../../db/schema';
import { cityToday, type AppRouteHandler } from '../../context';
import { notFound } from '../../errors';
import { selectProjects, toProjectDetail, toProjectListItem } from '../../queries/projects';
import { firstRow } from '../../queries/sql';
import { findProjects } from './projects.queries';
import { toPage } from '../../queries/paging';
import type * as routes from './projects.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const query = c.req.valid('query');
  const { rows, total } = await findProjects(c.var.db, query, cityToday(c));
  const items = rows.map(toProjectListItem);
  return c.json(toPage(items, total, query), 200);
};

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const { id } = c.req.valid('param');
  const query = selectProjects(c.var.db, cityToday(c)).where(eq(projects.id, id));
  const project = await firstRow(query);
  if (!project) throw notFound('Project');
  return c.json(toProjectDetail(project), 200);
};
