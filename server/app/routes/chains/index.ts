import { createRouter } from '../../context';
import * as handlers from './chains.handlers';
import * as routes from './chains.routes';
import * as chainWrites from './chain.writes';
import * as chainMapWrites from './chain-map.writes';
import * as fiveOnesWrites from './five-ones.writes';
import * as mapEdits from './chain-map-edit.writes';
import { chainWithdrawals } from './withdrawals.writes';

export const chainsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.listIndicators, handlers.listIndicators);

// The chain's own writes and those of its five ones and chain map, registered one by one: a
// chain this long makes a route-type union TypeScript cannot hold.
chainsRouter.openapi(chainWrites.updateStatus, chainWrites.handleUpdateStatus);
chainsRouter.openapi(chainWrites.saveFiveOne, chainWrites.handleSaveFiveOne);
chainsRouter.openapi(chainWrites.saveLeaderFirm, chainWrites.handleSaveLeaderFirm);
chainsRouter.openapi(chainWrites.saveChiefScientist, chainWrites.handleSaveChiefScientist);
chainsRouter.openapi(chainWrites.saveTaskForce, chainWrites.handleSaveTaskForce);
chainsRouter.openapi(chainWrites.createStatusReport, chainWrites.handleCreateStatusReport);
chainsRouter.openapi(fiveOnesWrites.createMember, fiveOnesWrites.handleCreateMember);
chainsRouter.openapi(fiveOnesWrites.updateMember, fiveOnesWrites.handleUpdateMember);
chainsRouter.openapi(fiveOnesWrites.removeMember, fiveOnesWrites.handleRemoveMember);
chainsRouter.openapi(fiveOnesWrites.createPolicy, fiveOnesWrites.handleCreatePolicy);
chainsRouter.openapi(fiveOnesWrites.updatePolicy, fiveOnesWrites.handleUpdatePolicy);
chainsRouter.openapi(chainMapWrites.updateLink, chainMapWrites.handleUpdateLink);
chainsRouter.openapi(chainMapWrites.saveIndicatorValue, chainMapWrites.handleSaveIndicatorValue);
chainsRouter.openapi(mapEdits.createSegment, mapEdits.handleCreateSegment);
chainsRouter.openapi(mapEdits.updateSegment, mapEdits.handleUpdateSegment);
chainsRouter.openapi(mapEdits.withdrawSegment, mapEdits.handleWithdrawSegment);
chainsRouter.openapi(mapEdits.restoreSegment, mapEdits.handleRestoreSegment);
chainsRouter.openapi(mapEdits.orderSegments, mapEdits.handleOrderSegments);
chainsRouter.openapi(mapEdits.createLink, mapEdits.handleCreateLink);
chainsRouter.openapi(mapEdits.withdrawLink, mapEdits.handleWithdrawLink);
chainsRouter.openapi(mapEdits.restoreLink, mapEdits.handleRestoreLink);
chainsRouter.openapi(mapEdits.orderLinks, mapEdits.handleOrderLinks);
for (const { withdraw, restore } of chainWithdrawals) {
  chainsRouter.openapi(withdraw.route, withdraw.handler);
  chainsRouter.openapi(restore.route, restore.handler);
}
