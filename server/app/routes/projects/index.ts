import { createRouter } from '../../context';
import * as handlers from './projects.handlers';
import * as routes from './projects.routes';

export const projectsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne);
