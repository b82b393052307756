import { createRouter } from '../../context';
import * as handlers from './exports.handlers';
import * as routes from './exports.routes';

/**
 * Downloads of the lists as XLSX or CSV; any signed-in user may export what they may read, and
 * only administrators the audit trail, only the audit administrator the security audit.
 */
export const exportsRouter = createRouter()
  .openapi(routes.parks, handlers.parks)
  .openapi(routes.firms, handlers.firms)
  .openapi(routes.clusters, handlers.clusters)
  .openapi(routes.projects, handlers.projects)
  .openapi(routes.leads, handlers.leads)
  .openapi(routes.meetings, handlers.meetings)
  .openapi(routes.problems, handlers.problems)
  .openapi(routes.policies, handlers.policies)
  .openapi(routes.indicatorValues, handlers.indicatorValues)
  .openapi(routes.changes, handlers.changes)
  .openapi(routes.audit, handlers.audit)
  .openapi(routes.securityEvents, handlers.securityEvents)
  .openapi(routes.all, handlers.all);
