import { createRouter } from '../../context';
import * as handlers from './screen.handlers';
import * as routes from './screen.routes';

export const screenRouter = createRouter()
  .openapi(routes.get, handlers.get)
  .openapi(routes.version, handlers.version);
