import { getRouteApi } from '@tanstack/react-router';
import { getChainQueryOptions } from '@/features/chains/api/get-chain';
import { getChangesQueryOptions } from '@/features/changes/api/get-changes';
import { getChainInvestmentQueryOptions } from '@/features/investment/api/get-chain-investment';
import { getOverviewQueryOptions } from '@/features/overview/api/get-overview';
import { PresentPage } from '@/features/present/components/present-page';
import type { PresentSources } from '@/features/present/sources';

// The presentation shows what the overview and chain screens fetch, from the same cache entries.
const sources: PresentSources = {
  overview: getOverviewQueryOptions,
  chain: getChainQueryOptions,
  investment: getChainInvestmentQueryOptions,
  changes: (chainId) => getChangesQueryOptions(chainId === null ? {} : { chain: chainId }),
};

const route = getRouteApi('/present');

export function PresentScreen() {
  return <PresentPage search={route.useSearch()} sources={sources} />;
}
