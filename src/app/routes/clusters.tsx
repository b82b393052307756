import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { clusterListSearchSchema } from '@/features/clusters/search';
import { parseIdParam } from '@/lib/route-params';

export const clustersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/clusters',
  validateSearch: clusterListSearchSchema,
  loaderDeps: ({ search }) => search,
  // Started, not awaited: the request runs while the screen's code downloads; the request code
  // comes with the screen's, not in the first download (the bundle budget).
  loader: ({ context, deps }) => {
    void import('@/features/clusters/api/get-clusters').then((api) =>
      context.queryClient.prefetchQuery(api.getClustersQueryOptions(deps)),
    );
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
    void import('@/features/clusters/api/get-cluster').then((api) =>
      context.queryClient.prefetchQuery(api.getClusterQueryOptions(params.clusterId)),
    );
  },
  component: lazyRouteComponent(
    () => import('@/features/clusters/components/cluster-detail'),
    'ClusterDetail',
  ),
});
