import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ChainInvestment } from '@server/contract/investment';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/chains/{id}/investment: the chain's map as 招商 sees it, with the supply list. */
export function getChainInvestment(
  chainId: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ChainInvestment> {
  return apiGet(
    `/api/chains/${chainId}/investment`,
    () => import('@server/contract/investment').then((contract) => contract.chainInvestmentSchema),
    { signal },
  );
}

export function getChainInvestmentQueryOptions(chainId: number) {
  return queryOptions({
    queryKey: queryKeys.chains.investment(chainId),
    queryFn: ({ signal }) => getChainInvestment(chainId, { signal }),
  });
}

export function useChainInvestment(chainId: number) {
  return useQuery(getChainInvestmentQueryOptions(chainId));
}
