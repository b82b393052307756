import { createRouter } from '../../context';
import * as handlers from './firms.handlers';
import * as routes from './firms.routes';

export const firmsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne);
