import { createRouter } from '../../context';
import * as handlers from './supervision.handlers';
import * as routes from './supervision.routes';

export const supervisionRouter = createRouter()
  .openapi(routes.summary, handlers.summary)
  .openapi(routes.departmentSheet, handlers.departmentSheet);
