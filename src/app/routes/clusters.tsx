import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { getClusterQueryOptions } from '@/features/clusters/api/get-cluster';
import { getClustersQueryOptions } from '@/features/clusters/api/get-clusters';
import { clusterListSearchSchema } from '@/features/clusters/search';
import { parseIdParam } from '@/lib/route-params';

export const clustersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/clusters',
  validateSearch: clusterListSearchSchema,
  loaderDeps: ({ search }) => search,
  // Started, not awaited: the request runs while the screen's code downloads.
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchQuery(getClustersQueryOptions(deps));
  },
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
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(getClusterQueryOptions(params.clusterId));
  },
  component: lazyRouteComponent(
    () => import('@/features/clusters/components/cluster-detail'),
    'ClusterDetail',
  ),
});
