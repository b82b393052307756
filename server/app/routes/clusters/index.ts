import { createRouter } from '../../context';
import * as handlers from './clusters.handlers';
import * as routes from './clusters.routes';

export const clustersRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne);
