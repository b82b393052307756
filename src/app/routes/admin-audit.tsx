import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { auditSearchSchema } from '@/features/admin-audit/search';

export const adminAuditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/audit',
  staticData: { outsideTheData: true },
  validateSearch: auditSearchSchema,
  component: lazyRouteComponent(
    () => import('@/features/admin-audit/components/admin-audit'),
    'AdminAudit',
  ),
});
