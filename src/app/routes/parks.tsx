import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { getParkQueryOptions } from '@/features/parks/api/get-park';
import { getParksQueryOptions } from '@/features/parks/api/get-parks';
import { parkListSearchSchema } from '@/features/parks/search';
import { parseIdParam } from '@/lib/route-params';

export const parksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/parks',
  validateSearch: parkListSearchSchema,
  loaderDeps: ({ search }) => search,
  // Started, not awaited: the request runs while the screen's code downloads.
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchQuery(getParksQueryOptions(deps));
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
    void context.queryClient.prefetchQuery(getParkQueryOptions(params.parkId));
  },
  component: lazyRouteComponent(
    () => import('@/features/parks/components/park-detail'),
    'ParkDetail',
  ),
});
