import { createRouter } from '../../context';
import * as handlers from './projects.handlers';
import * as routes from './projects.routes';
import * as writes from './projects.writes';

export const projectsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(writes.createProject, writes.handleCreateProject)
  .openapi(writes.updateProject, writes.handleUpdateProject);

projectsRouter.openapi(
  writes.projectWithdrawal.withdraw.route,
  writes.projectWithdrawal.withdraw.handler,
);
projectsRouter.openapi(
  writes.projectWithdrawal.restore.route,
  writes.projectWithdrawal.restore.handler,
);
