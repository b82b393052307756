import type { AppRouteHandler } from '../../context';
import { notFound } from '../../errors';
import { countUnread, findNotifications, markAllRead, markRead } from './notifications.queries';
import type * as routes from './notifications.routes';

/*
 * A user's own notifications: every query is of the signed-in user's, so another user's id is a
 * 404, never a 403 that would tell it exists. Marking read changes the reader's own inbox, not the
 * city's data: no version, no audit event, and the data version stays (no figure changes).
 */

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const query = c.req.valid('query');
  await c.var.notificationSweeper.sweepIfStale();
  const page = await findNotifications(c.var.db, c.var.user.id, query);
  return c.json({ ...page, page: query.page, pageSize: query.pageSize }, 200);
};

export const unreadCount: AppRouteHandler<typeof routes.unreadCount> = async (c) => {
  await c.var.notificationSweeper.sweepIfStale();
  return c.json({ unread: await countUnread(c.var.db, c.var.user.id) }, 200);
};

export const read: AppRouteHandler<typeof routes.read> = async (c) => {
  const { id } = c.req.valid('param');
  const notification = await markRead(c.var.db, c.var.user.id, id, c.var.now());
  if (!notification) throw notFound('Notification');
  return c.json(notification, 200);
};

export const readAll: AppRouteHandler<typeof routes.readAll> = async (c) => {
  return c.json({ marked: await markAllRead(c.var.db, c.var.user.id, c.var.now()) }, 200);
};
