import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { getSecurityPolicyQueryOptions } from '@/features/security-policy/api/get-security-policy';
import { can, type Session } from '@/lib/auth';
import { queryKeys } from '@/lib/query-keys';

export const securityPolicyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/security/policy',
  staticData: { outsideTheData: true },
  // Started, not awaited, and only for the security administrator: anyone else would get a
  // 403, and sees the screen's own "no permission" state instead.
  loader: ({ context }) => {
    const session = context.queryClient.getQueryData<Session>(queryKeys.session());
    if (session && can(session.user, 'manage_security_policy')) {
      void context.queryClient.prefetchQuery(getSecurityPolicyQueryOptions());
    }
  },
  component: lazyRouteComponent(
    () => import('@/features/security-policy/components/security-policy-page'),
    'SecurityPolicyPage',
  ),
});
