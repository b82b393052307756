import { createRouter } from '../../context';
import * as handlers from './campaigns.handlers';
import * as routes from './campaigns.routes';

export const campaignsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne);
