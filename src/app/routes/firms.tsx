import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { getFirmQueryOptions } from '@/features/firms/api/get-firm';
import { getFirmsQueryOptions } from '@/features/firms/api/get-firms';
import { firmListSearchSchema } from '@/features/firms/search';
import { parseIdParam } from '@/lib/route-params';

export const firmsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/firms',
  validateSearch: firmListSearchSchema,
  loaderDeps: ({ search }) => search,
  // Started, not awaited: the request runs while the screen's code downloads.
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchQuery(getFirmsQueryOptions(deps));
  },
  component: lazyRouteComponent(() => import('@/features/firms/components/firm-list'), 'FirmList'),
});

export const firmRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/firms/$firmId',
  params: {
    parse: ({ firmId }) => ({ firmId: parseIdParam(firmId) }),
    stringify: ({ firmId }) => ({ firmId: String(firmId) }),
  },
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(getFirmQueryOptions(params.firmId));
  },
  component: lazyRouteComponent(
    () => import('@/features/firms/components/firm-detail'),
    'FirmDetail',
  ),
});
