import { createRouter } from '../../context';
import * as handlers from './leads.handlers';
import * as routes from './leads.routes';

export const leadsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.funnel, handlers.funnel)
  .openapi(routes.chainInvestment, handlers.chainInvestment);
