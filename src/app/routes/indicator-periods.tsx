import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';

export const indicatorPeriodsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/indicator-periods',
  component: lazyRouteComponent(
    () => import('@/features/indicator-periods/components/indicator-periods-page'),
    'IndicatorPeriodsPage',
  ),
});
