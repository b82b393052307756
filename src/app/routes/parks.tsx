import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { parkListSearchSchema } from '@/features/parks/search';
import { parseIdParam } from '@/lib/route-params';

export const parksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/parks',
  validateSearch: parkListSearchSchema,
  loaderDeps: ({ search }) => search,
  // Started, not awaited: the request runs while the screen's code downloads; the request code
  // comes with the screen's, not in the first download (the bundle budget).
  loader: ({ context, deps }) => {
    void import('@/features/parks/api/get-parks').then((api) =>
      context.queryClient.prefetchQuery(api.getParksQueryOptions(deps)),
    );
  },
  component: lazyRouteComponent(() => import('@/features/parks/components/park-list'), 'ParkList'),
});

export const parkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/parks/$parkId',
  params: {
    parse: ({ parkId }) => ({ parkId: parseIdParam(parkId) }),
    stringify: ({ parkId }) => ({ parkId: String(parkId) }),
  },
  loader: ({ context, params }) => {
    void import('@/features/parks/api/get-park').then((api) =>
      context.queryClient.prefetchQuery(api.getParkQueryOptions(params.parkId)),
    );
  },
  component: lazyRouteComponent(
    () => import('@/features/parks/components/park-detail'),
    'ParkDetail',
  ),
});
