import { createRouter } from '../../context';
import * as handlers from './firms.handlers';
import * as routes from './firms.routes';
import * as writes from './firms.writes';

export const firmsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(writes.createFirm, writes.handleCreateFirm)
  .openapi(writes.updateFirm, writes.handleUpdateFirm)
  .openapi(writes.withdrawFirm, writes.handleWithdrawFirm)
  .openapi(writes.restoreFirm, writes.handleRestoreFirm);
