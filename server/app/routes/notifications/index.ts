import { createRouter } from '../../context';
import * as handlers from './notifications.handlers';
import * as routes from './notifications.routes';

export const notificationsRouter = createRouter()
  .openapi(routes.unreadCount, handlers.unreadCount)
  .openapi(routes.list, handlers.list)
  .openapi(routes.readAll, handlers.readAll)
  .openapi(routes.read, handlers.read);
