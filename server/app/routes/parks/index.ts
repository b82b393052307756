import { createRouter } from '../../context';
import * as handlers from './parks.handlers';
import * as routes from './parks.routes';
import * as writes from './parks.writes';

export const parksRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(writes.createPark, writes.handleCreatePark)
  .openapi(writes.updatePark, writes.handleUpdatePark)
  .openapi(writes.withdrawPark, writes.handleWithdrawPark)
  .openapi(writes.restorePark, writes.handleRestorePark);
