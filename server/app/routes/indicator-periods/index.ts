import { createRouter } from '../../context';
import * as handlers from './indicator-periods.handlers';
import * as routes from './indicator-periods.routes';
import * as locks from './period-locks.writes';

export const indicatorPeriodsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(locks.reopen, locks.handleReopen)
  .openapi(locks.relock, locks.handleRelock);
