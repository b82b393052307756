import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InvestmentFunnel } from '@server/contract/investment';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export interface FunnelSearch {
  chain?: number;
  campaign?: number;
}

/** `GET /api/investment/funnel`: the city's (or a chain's) funnel, and one per chain. */
export function getFunnel(
  search: FunnelSearch,
  { signal }: { signal?: AbortSignal } = {},
): Promise<InvestmentFunnel> {
  return apiGet(
    '/api/investment/funnel',
    () => import('@server/contract/investment').then((contract) => contract.investmentFunnelSchema),
    { signal, search: { ...search } },
  );
}

export function getFunnelQueryOptions(search: FunnelSearch) {
  return queryOptions({
    queryKey: queryKeys.investment.funnel(search),
    queryFn: ({ signal }) => getFunnel(search, { signal }),
  });
}

export function useFunnel(search: FunnelSearch) {
  return useQuery(getFunnelQueryOptions(search));
}
