import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { parkListSearchSchema } from '@/features/parks/search';
import { parseIdParam } from '@/lib/route-params';

export const parksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/parks',
  validateSearch: parkListSearchSchema,
  component: lazyRouteComponent(() => import('@/features/parks/components/park-list'), 'ParkList'),
});

export const parkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/parks/$parkId',
  params: {
    parse: ({ parkId }) => ({ parkId: parseIdParam(parkId) }),
    stringify: ({ parkId }) => ({ parkId: String(parkId) }),
  },
  component: lazyRouteComponent(
    () => import('@/features/parks/components/park-detail'),
    'ParkDetail',
  ),
});
