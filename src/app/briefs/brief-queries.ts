import type { QueryClient } from '@tanstack/react-query';
import { getChainQueryOptions } from '@/features/chains/api/get-chain';
import { getChainIndicatorsQueryOptions } from '@/features/chains/api/get-chain-indicators';
import { getOverviewQueryOptions } from '@/features/overview/api/get-overview';
import { getProblemsQueryOptions } from '@/features/problems/api/get-problems';

/** A chain's overdue problems, longest overdue first: the brief lists the first few. */
export function overdueProblemsQueryOptions(chainId: number) {
  return getProblemsQueryOptions({ chain: chainId, overdue: true, sort: 'deadline', order: 'asc' });
}

/** Starts every request a chain's brief needs at once, without waiting for any. */
export function prefetchChainBrief(queryClient: QueryClient, chainId: number) {
  void queryClient.prefetchQuery(getChainQueryOptions(chainId));
  void queryClient.prefetchQuery(getChainIndicatorsQueryOptions(chainId));
  void queryClient.prefetchQuery(getOverviewQueryOptions());
  void queryClient.prefetchQuery(overdueProblemsQueryOptions(chainId));
  // Loaded with its query code, which the first download does without.
  void import('@/features/investment/api/get-chain-investment').then(
    ({ getChainInvestmentQueryOptions }) =>
      queryClient.prefetchQuery(getChainInvestmentQueryOptions(chainId)),
  );
}
