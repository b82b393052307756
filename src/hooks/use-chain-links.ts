import { useQueries } from '@tanstack/react-query';
import type { ChainDetail } from '@server/contract/chains';
import type { LinkStrength } from '@server/contract/domain';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** A link of a chain's map, as pickers and filters offer it. */
export interface ChainLinkOption {
  id: number;
  name: string;
  nameEn: string | null;
  strength: LinkStrength;
  chainId: number;
  chainName: string;
  chainNameEn: string | null;
}

function linksOf(chain: ChainDetail): ChainLinkOption[] {
  return chain.chainMap.flatMap((segment) =>
    segment.links
      .toSorted((a, b) => a.sortOrder - b.sortOrder)
      .map((link) => ({
        id: link.id,
        name: link.name,
        nameEn: link.nameEn,
        strength: link.strength,
        chainId: chain.id,
        chainName: chain.name,
        chainNameEn: chain.nameEn,
      })),
  );
}

/**
 * The links of the given chains, in map order (upstream first). Read from the chain's page
 * (same cache entry as the chain page), so a map edit shows in every picker.
 */
export function useChainLinks(chainIds: readonly number[]) {
  return useQueries({
    queries: chainIds.map((id) => ({
      queryKey: queryKeys.chains.detail(id),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiGet(
          `/api/chains/${id}`,
          () => import('@server/contract/chains').then((contract) => contract.chainDetailSchema),
          { signal },
        ),
      select: linksOf,
      staleTime: 60_000,
    })),
    combine: (results) => ({
      links: results.flatMap((result) => result.data ?? []),
      pending: results.some((result) => result.isPending),
    }),
  });
}
