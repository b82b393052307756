import { createRouter } from '../../context';
import * as handlers from './chains.handlers';
import * as routes from './chains.routes';

export const chainsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.listIndicators, handlers.listIndicators);
