import { createRouter } from '../../context';
import * as handlers from './meetings.handlers';
import * as routes from './meetings.routes';
import * as writes from './meetings.writes';

export const meetingsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(writes.createMeeting, writes.handleCreateMeeting)
  .openapi(writes.updateMeeting, writes.handleUpdateMeeting);

const { withdraw, restore } = writes.meetingWithdrawal;
meetingsRouter.openapi(withdraw.route, withdraw.handler);
meetingsRouter.openapi(restore.route, restore.handler);
