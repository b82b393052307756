import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ChainDetail, TaskForce } from '@server/contract/chains';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/**
 * `GET /api/chains/{id}`, for its task force's members (who may own a lead). It is cached under
 * the chain page's own key, so the chain page and a lead dialog opened on it share one request.
 */
function getChainDetailQueryOptions(chainId: number) {
  return queryOptions({
    queryKey: queryKeys.chains.detail(chainId),
    queryFn: ({ signal }): Promise<ChainDetail> =>
      apiGet(
        `/api/chains/${chainId}`,
        () => import('@server/contract/chains').then((contract) => contract.chainDetailSchema),
        { signal },
      ),
  });
}

export type ChainMember = TaskForce['members'][number];

/** The members of the chain's task force; none while no chain is chosen. */
export function useChainMembers(chainId: number | null | undefined) {
  return useQuery({
    ...getChainDetailQueryOptions(chainId ?? 0),
    enabled: chainId != null,
    select: (chain): ChainMember[] => chain.fiveOnes.task_force.taskForce?.members ?? [],
  });
}
