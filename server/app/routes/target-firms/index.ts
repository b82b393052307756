import { createRouter } from '../../context';
import * as handlers from './target-firms.handlers';
import * as routes from './target-firms.routes';

export const targetFirmsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne);
