import { createRouter } from '../../context';
import * as handlers from './target-firms.handlers';
import * as routes from './target-firms.routes';
import * as writes from './target-firms.writes';

export const targetFirmsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(writes.createTargetFirm, writes.handleCreateTargetFirm)
  .openapi(writes.updateTargetFirm, writes.handleUpdateTargetFirm);

const { withdraw, restore } = writes.targetFirmWithdrawal;
targetFirmsRouter.openapi(withdraw.route, withdraw.handler);
targetFirmsRouter.openapi(restore.route, restore.handler);
