import { createRouter } from '../../context';
import * as handlers from './clusters.handlers';
import * as routes from './clusters.routes';
import * as writes from './clusters.writes';

export const clustersRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(writes.createCluster, writes.handleCreateCluster)
  .openapi(writes.updateCluster, writes.handleUpdateCluster)
  .openapi(writes.withdrawCluster, writes.handleWithdrawCluster)
  .openapi(writes.restoreCluster, writes.handleRestoreCluster)
  .openapi(writes.createAssessment, writes.handleCreateAssessment)
  .openapi(writes.updateAssessment, writes.handleUpdateAssessment)
  .openapi(writes.withdrawAssessment, writes.handleWithdrawAssessment)
  .openapi(writes.restoreAssessment, writes.handleRestoreAssessment);
