import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Overview } from '@server/contract/overview';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getOverview({ signal }: { signal?: AbortSignal } = {}): Promise<Overview> {
  return apiGet(
    '/api/overview',
    () => import('@server/contract/overview').then((contract) => contract.overviewSchema),
    { signal },
  );
}

export function getOverviewQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.overview(),
    queryFn: ({ signal }) => getOverview({ signal }),
  });
}

export function useOverview() {
  return useQuery(getOverviewQueryOptions());
}
