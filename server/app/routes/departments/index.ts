import { createRouter } from '../../context';
import * as handlers from './departments.handlers';
import * as routes from './departments.routes';

export const departmentsRouter = createRouter().openapi(routes.list, handlers.list);
