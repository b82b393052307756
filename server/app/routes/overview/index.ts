import { createRouter } from '../../context';
import * as handlers from './overview.handlers';
import * as routes from './overview.routes';

export const overviewRouter = createRouter().openapi(routes.get, handlers.get);
