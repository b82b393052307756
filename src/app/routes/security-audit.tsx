import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { getSecurityEventsQueryOptions } from '@/features/security-audit/api/get-security-events';
import { securityEventSearchSchema } from '@/features/security-audit/search';
import { can, type Session } from '@/lib/auth';
import { queryKeys } from '@/lib/query-keys';

export const securityAuditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/security/audit',
  staticData: { outsideTheData: true },
  validateSearch: securityEventSearchSchema,
  loaderDeps: ({ search }) => search,
  // Started, not awaited, and only for the audit administrator: anyone else sees the screen's
  // own "no permission" state.
  loader: ({ context, deps }) => {
    const session = context.queryClient.getQueryData<Session>(queryKeys.session());
    if (session && can(session.user, 'read_security_audit')) {
      void context.queryClient.prefetchQuery(getSecurityEventsQueryOptions(deps));
    }
  },
  component: lazyRouteComponent(
    () => import('@/features/security-audit/components/security-audit'),
    'SecurityAudit',
  ),
});
