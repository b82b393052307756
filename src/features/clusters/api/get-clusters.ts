import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ClusterPage } from '@server/contract/clusters';
import type { ClusterListSearch } from '@/features/clusters/search';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getClusters(
  search: ClusterListSearch,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ClusterPage> {
  return apiGet(
    '/api/clusters',
    () => import('@server/contract/clusters').then((contract) => contract.clusterPageSchema),
    { signal, search },
  );
}

export function getClustersQueryOptions(search: ClusterListSearch) {
  return queryOptions({
    queryKey: queryKeys.clusters.list(search),
    queryFn: ({ signal }) => getClusters(search, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useClusters(search: ClusterListSearch) {
  return useQuery(getClustersQueryOptions(search));
}
