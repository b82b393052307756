import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ChainIndicators } from '@server/contract/indicators';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getChainIndicators(
  id: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ChainIndicators> {
  return apiGet(
    `/api/chains/${id}/indicators`,
    () => import('@server/contract/indicators').then((contract) => contract.chainIndicatorsSchema),
    { signal },
  );
}

export function getChainIndicatorsQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.chains.indicators(id),
    queryFn: ({ signal }) => getChainIndicators(id, { signal }),
  });
}

export function useChainIndicators(id: number) {
  return useQuery(getChainIndicatorsQueryOptions(id));
}
