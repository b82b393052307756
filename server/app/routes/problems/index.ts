import { createRouter } from '../../context';
import * as handlers from './problems.handlers';
import * as routes from './problems.routes';
import * as writes from './problems.writes';
import * as steps from './problem-steps.writes';

export const problemsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(writes.createProblem, writes.handleCreateProblem)
  .openapi(writes.updateProblem, writes.handleUpdateProblem)
  .openapi(steps.assign, steps.handleAssign)
  .openapi(steps.accept, steps.handleAccept)
  .openapi(steps.respond, steps.handleRespond)
  .openapi(steps.handled, steps.handleHandled)
  .openapi(steps.feedback, steps.handleFeedback);

problemsRouter.openapi(
  writes.problemWithdrawal.withdraw.route,
  writes.problemWithdrawal.withdraw.handler,
);
problemsRouter.openapi(
  writes.problemWithdrawal.restore.route,
  writes.problemWithdrawal.restore.handler,
);
