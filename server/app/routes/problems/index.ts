import { createRouter } from '../../context';
import * as handlers from './problems.handlers';
import * as routes from './problems.routes';

export const problemsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne);
