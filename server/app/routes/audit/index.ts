import { createRouter } from '../../context';
import * as handlers from './audit.handlers';
import * as routes from './audit.routes';

export const auditRouter = createRouter()
  .openapi(routes.chainHistory, handlers.chainHistory)
  .openapi(routes.list, handlers.list)
  .openapi(routes.revert, handlers.revert);
