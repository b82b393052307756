import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ChainDetail } from '@server/contract/chains';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getChain(
  id: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ChainDetail> {
  return apiGet(
    `/api/chains/${id}`,
    () => import('@server/contract/chains').then((contract) => contract.chainDetailSchema),
    { signal },
  );
}

export function getChainQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.chains.detail(id),
    queryFn: ({ signal }) => getChain(id, { signal }),
  });
}

export function useChain(id: number) {
  return useQuery(getChainQueryOptions(id));
}
