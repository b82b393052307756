import { createRouter } from '../../context';
import * as handlers from './parks.handlers';
import * as routes from './parks.routes';

export const parksRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne);
