import { createRouter } from '../../context';
import * as policyHandlers from './policy.handlers';
import * as policyRoutes from './policy.routes';
import { handleUpdatePolicy, updatePolicy } from './policy.writes';
import * as eventHandlers from './security-events.handlers';
import * as eventRoutes from './security-events.routes';

/**
 * `/api/security/*`: the policy the security administrator sets, and the security audit the
 * audit administrator reads.
 */
export const securityRouter = createRouter();
securityRouter.openapi(policyRoutes.getPolicy, policyHandlers.getPolicy);
securityRouter.openapi(updatePolicy, handleUpdatePolicy);
securityRouter.openapi(eventRoutes.list, eventHandlers.list);
