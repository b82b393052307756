import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ChainInvestment } from '@server/contract/investment';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/chains/{id}/investment`: the chain map as 招商 sees it, with the chain's funnel. */
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
    queryKey: queryKeys.investment.chain(chainId),
    queryFn: ({ signal }) => getChainInvestment(chainId, { signal }),
  });
}

/** `enabled: false` until the dialog knows its chain. */
export function useChainInvestment(chainId: number | null) {
  return useQuery({
    ...getChainInvestmentQueryOptions(chainId ?? 0),
    enabled: chainId !== null,
  });
}
