import { createRouter } from '../../context';
import * as handlers from './changes.handlers';
import * as routes from './changes.routes';

export const changesRouter = createRouter().openapi(routes.list, handlers.list);
