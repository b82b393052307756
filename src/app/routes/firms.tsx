import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { firmListSearchSchema } from '@/features/firms/search';
import { parseIdParam } from '@/lib/route-params';

export const firmsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/firms',
  validateSearch: firmListSearchSchema,
  loaderDeps: ({ search }) => search,
  // Started, not awaited: the request runs while the screen's code downloads; the request code
  // comes with the screen's, not in the first download (the bundle budget).
  loader: ({ context, deps }) => {
    void import('@/features/firms/api/get-firms').then((api) =>
      context.queryClient.prefetchQuery(api.getFirmsQueryOptions(deps)),
    );
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
    void import('@/features/firms/api/get-firm').then((api) =>
      context.queryClient.prefetchQuery(api.getFirmQueryOptions(params.firmId)),
    );
  },
  component: lazyRouteComponent(
    () => import('@/features/firms/components/firm-detail'),
    'FirmDetail',
  ),
});
