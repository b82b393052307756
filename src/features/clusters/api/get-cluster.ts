import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ClusterDetail } from '@server/contract/clusters';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getCluster(
  id: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ClusterDetail> {
  return apiGet(
    `/api/clusters/${id}`,
    () => import('@server/contract/clusters').then((contract) => contract.clusterDetailSchema),
    { signal },
  );
}

export function getClusterQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.clusters.detail(id),
    queryFn: ({ signal }) => getCluster(id, { signal }),
  });
}

export function useCluster(id: number) {
  return useQuery(getClusterQueryOptions(id));
}
