import { createRouter } from '../../context';
import * as handlers from './technology.handlers';
import * as routes from './technology.routes';
import * as writes from './technology.writes';

export const technologyRouter = createRouter()
  .openapi(routes.summary, handlers.summary)
  .openapi(routes.chainTechnology, handlers.chainTechnology)
  .openapi(routes.listNeeds, handlers.listNeeds)
  .openapi(routes.getNeed, handlers.getNeed)
  .openapi(routes.listSupplies, handlers.listSupplies)
  .openapi(routes.getSupply, handlers.getSupply)
  .openapi(routes.listAssistants, handlers.listAssistants)
  .openapi(routes.getAssistant, handlers.getAssistant)
  .openapi(routes.listMatches, handlers.listMatches)
  .openapi(routes.getMatch, handlers.getMatch);

// Registered one by one: a chain of this many routes makes a type too large for the compiler.
technologyRouter.openapi(writes.createNeed, writes.handleCreateNeed);
technologyRouter.openapi(writes.updateNeed, writes.handleUpdateNeed);
technologyRouter.openapi(writes.createMatch, writes.handleCreateMatch);
technologyRouter.openapi(writes.updateMatch, writes.handleUpdateMatch);
technologyRouter.openapi(writes.createSupply, writes.handleCreateSupply);
technologyRouter.openapi(writes.updateSupply, writes.handleUpdateSupply);
technologyRouter.openapi(writes.createAssistant, writes.handleCreateAssistant);
technologyRouter.openapi(writes.updateAssistant, writes.handleUpdateAssistant);
for (const { withdraw, restore } of writes.withdrawals) {
  technologyRouter.openapi(withdraw.route, withdraw.handler);
  technologyRouter.openapi(restore.route, restore.handler);
}
