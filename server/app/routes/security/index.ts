import { createRouter } from '../../context';
import * as policyHandlers from './policy.handlers';
import * as policyRoutes from './policy.routes';
import { handleUpdatePolicy, updatePolicy } from './policy.writes';

/** `/api/security/*`: what the security administrator sets, and the security audit. */
export const securityRouter = createRouter();
securityRouter.openapi(policyRoutes.getPolicy, policyHandlers.getPolicy);
securityRouter.openapi(updatePolicy, handleUpdatePolicy);
