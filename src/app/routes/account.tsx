import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { getSecondFactorQueryOptions } from '@/features/auth/api/get-second-factor';

export const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/account',
  // Started while the page's code downloads.
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(getSecondFactorQueryOptions());
  },
  component: lazyRouteComponent(
    () => import('@/features/auth/components/account-page'),
    'AccountPage',
  ),
});
