import { securityPolicySchema } from '../../../contract/security';
import { authorise } from '../../auth/permissions';
import type { AppRouteHandler } from '../../context';
import type * as routes from './policy.routes';

export const getPolicy: AppRouteHandler<typeof routes.getPolicy> = (c) => {
  authorise(c.var.user, 'manage_security_policy');
  return c.json(securityPolicySchema.parse(c.var.securityPolicy), 200);
};
