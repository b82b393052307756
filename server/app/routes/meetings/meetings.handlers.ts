import type { AppRouteHandler } from '../../context';
import { notFound } from '../../errors';
import { editableFields } from '../../queries/editable';
import { toPage } from '../../queries/paging';
import {
  firmsAt,
  findMeetings,
  meetingById,
  problemsAt,
  toMeetingListItem,
} from './meetings.queries';
import type * as routes from './meetings.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const query = c.req.valid('query');
  const { rows, total } = await findMeetings(c.var.db, query);
  return c.json(toPage(rows.map(toMeetingListItem), total, query), 200);
};

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const { id } = c.req.valid('param');
  const [[row], firms, problems] = await Promise.all([
    meetingById(c.var.db, id),
    firmsAt(c.var.db, id),
    problemsAt(c.var.db, id),
  ]);
  if (!row) throw notFound('Meeting');
  return c.json(
    {
      ...toMeetingListItem(row),
      notes: row.notes,
      firms,
      problems,
      ...editableFields(row),
      withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    },
    200,
  );
};
