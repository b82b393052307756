import type { OverviewChain } from '@server/contract/overview';
import type { OverviewSearch } from '@/features/overview/search';

/** The chains the overview's filters let through, in the order the API gives them. */
export function filterChains(
  chains: OverviewChain[],
  search: OverviewSearch,
  /** The chains the signed-in user may change, for `mine`. */
  myChainIds: readonly number[] = [],
): OverviewChain[] {
  return chains.filter(
    (chain) =>
      (!search.category || chain.category === search.category) &&
      (!search.status || chain.status === search.status) &&
      (!search.mine || myChainIds.includes(chain.id)),
  );
}
