import { createRouter } from '../../context';
import * as handlers from './campaigns.handlers';
import * as routes from './campaigns.routes';
import * as writes from './campaigns.writes';

export const campaignsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(writes.createCampaign, writes.handleCreateCampaign)
  .openapi(writes.updateCampaign, writes.handleUpdateCampaign);

const { withdraw, restore } = writes.campaignWithdrawal;
campaignsRouter.openapi(withdraw.route, withdraw.handler);
campaignsRouter.openapi(restore.route, restore.handler);
