import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { targetFirmListSearchSchema } from '@/features/investment/target-firm-search';
import { parseIdParam } from '@/lib/route-params';

export const targetFirmsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/investment/target-firms',
  validateSearch: targetFirmListSearchSchema,
  loaderDeps: ({ search }) => search,
  // Started, not awaited: the request runs while the screen's code downloads. Its query code
  // loads with it, so the first download stays within the bundle budget.
  loader: ({ context, deps }) => {
    void import('@/features/investment/api/get-target-firms').then(
      ({ getTargetFirmsQueryOptions }) =>
        context.queryClient.prefetchQuery(getTargetFirmsQueryOptions(deps)),
    );
  },
  component: lazyRouteComponent(
    () => import('@/features/investment/components/target-firm-list'),
    'TargetFirmList',
  ),
});

export const targetFirmRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/investment/target-firms/$targetFirmId',
  params: {
    parse: ({ targetFirmId }) => ({ targetFirmId: parseIdParam(targetFirmId) }),
    stringify: ({ targetFirmId }) => ({ targetFirmId: String(targetFirmId) }),
  },
  loader: ({ context, params }) => {
    void import('@/features/investment/api/get-target-firm').then(({ getTargetFirmQueryOptions }) =>
      context.queryClient.prefetchQuery(getTargetFirmQueryOptions(params.targetFirmId)),
    );
  },
  component: lazyRouteComponent(
    () => import('@/features/investment/components/target-firm-detail'),
    'TargetFirmDetail',
  ),
});
