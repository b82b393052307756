import type { SupervisedProblem } from '../../../contract/supervision';
import { supervisionClock, type AppRouteHandler } from '../../context';
import { notFound } from '../../errors';
import { firstRow } from '../../queries/sql';
import {
  findDepartment,
  findSupervisedProblems,
  loadSupervisionSummary,
} from './supervision.queries';
import type * as routes from './supervision.routes';

export const summary: AppRouteHandler<typeof routes.summary> = async (c) => {
  const clock = supervisionClock(c);
  const counts = await loadSupervisionSummary(c.var.db, clock);
  return c.json({ ...clock, ...counts }, 200);
};

export const departmentSheet: AppRouteHandler<typeof routes.departmentSheet> = async (c) => {
  const { id } = c.req.valid('param');
  const clock = supervisionClock(c);
  const department = await firstRow(findDepartment(c.var.db, id));
  if (!department) throw notFound('Department');
  const rows = await findSupervisedProblems(c.var.db, id, clock);
  const items = rows.flatMap(({ deadline, level, ...row }): SupervisedProblem[] =>
    // The query keeps only problems with a deadline on the clock; the guards tell the type.
    deadline && level !== 'none' ? [{ ...row, deadline, level }] : [],
  );
  return c.json({ ...clock, department, problems: items }, 200);
};
