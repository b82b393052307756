import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { clusterListSearchSchema } from '@/features/clusters/search';
import { parseIdParam } from '@/lib/route-params';

export const clustersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/clusters',
  validateSearch: clusterListSearchSchema,
  component: lazyRouteComponent(
    () => import('@/features/clusters/components/cluster-list'),
    'ClusterList',
  ),
});

export const clusterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/clusters/$clusterId',
  params: {
    parse: ({ clusterId }) => ({ clusterId: parseIdParam(clusterId) }),
    stringify: ({ clusterId }) => ({ clusterId: String(clusterId) }),
  },
  component: lazyRouteComponent(
    () => import('@/features/clusters/components/cluster-detail'),
    'ClusterDetail',
  ),
});
