import { eq } from 'drizzle-orm';
import { problems } from '../../../db/schema';
import { supervisionClock, type AppRouteHandler } from '../../context';
import { notFound } from '../../errors';
import { selectProblems, toProblemDetail, toProblemListItem } from '../../queries/problems';
import { firstRow } from '../../queries/sql';
import { findProblems } from './problems.queries';
import { problemTimeline } from './problem-timeline';
import { toPage } from '../../queries/paging';
import type * as routes from './problems.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const query = c.req.valid('query');
  const { rows, total } = await findProblems(c.var.db, query, supervisionClock(c));
  const items = rows.map(toProblemListItem);
  return c.json(toPage(items, total, query), 200);
};

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const { id } = c.req.valid('param');
  const query = selectProblems(c.var.db, supervisionClock(c)).where(eq(problems.id, id));
  const problem = await firstRow(query);
  if (!problem) throw notFound('Problem');
  const timeline = await problemTimeline(c.var.db, id);
  return c.json({ ...toProblemDetail(problem), timeline }, 200);
};
