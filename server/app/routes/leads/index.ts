import { createRouter } from '../../context';
import * as handlers from './leads.handlers';
import * as routes from './leads.routes';
import * as writes from './leads.writes';

export const leadsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.funnel, handlers.funnel)
  .openapi(routes.chainInvestment, handlers.chainInvestment)
  .openapi(writes.createLead, writes.handleCreateLead)
  .openapi(writes.updateLead, writes.handleUpdateLead);

leadsRouter.openapi(writes.leadWithdrawal.withdraw.route, writes.leadWithdrawal.withdraw.handler);
leadsRouter.openapi(writes.leadWithdrawal.restore.route, writes.leadWithdrawal.restore.handler);
