import { getRouteApi, useSearch } from '@tanstack/react-router';
import { parseIdParam } from '@/lib/route-params';
import { getChainQueryOptions } from '@/features/chains/api/get-chain';
import { getChainInvestmentQueryOptions } from '@/features/investment/api/get-chain-investment';
import { getOverviewQueryOptions } from '@/features/overview/api/get-overview';
import { readPresentConfig } from '@/features/present/config';
import { ScreenPage } from '@/features/screen/components/screen-page';
import { screenSearchSchema } from '@/features/screen/search';
import type { ScreenSources } from '@/features/screen/sources';

// The wall screen reads what the overview and chain screens fetch, from the same cache entries.
const sources: ScreenSources = {
  overview: getOverviewQueryOptions,
  chain: getChainQueryOptions,
  investment: getChainInvestmentQueryOptions,
};

// A cycling wall keeps each screen as long as the presentation keeps a slide.
const presentSeconds = readPresentConfig({}).seconds;

const chainRoute = getRouteApi('/screen/chains/$chainId');

export function CityScreenPage() {
  const search = screenSearchSchema(useSearch({ strict: false }));
  return (
    <ScreenPage search={search} sources={sources} slideSeconds={search.seconds ?? presentSeconds} />
  );
}

export function ChainScreenPage() {
  const search = screenSearchSchema(useSearch({ strict: false }));
  // Read here, not by the route, so that nothing of this screen is in the first download.
  const chainId = parseIdParam(chainRoute.useParams().chainId);
  return (
    <ScreenPage
      search={search}
      sources={sources}
      slideSeconds={search.seconds ?? presentSeconds}
      chainId={chainId}
    />
  );
}
