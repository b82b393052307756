import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { prefetchChainBrief } from '@/app/briefs/brief-queries';
import { chainIdParams } from '@/app/routes/chains';
import { rootRoute } from '@/app/routes/root';
import { getOverviewQueryOptions } from '@/features/overview/api/get-overview';

/** 打印简报: one A4 page per chain, printed from the browser. */
export const chainBriefRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/chains/$chainId/brief',
  params: chainIdParams,
  // Started, not awaited: the requests run while the brief's code downloads.
  loader: ({ context, params }) => prefetchChainBrief(context.queryClient, params.chainId),
  component: lazyRouteComponent(() => import('@/app/briefs/chain-brief-page'), 'ChainBriefPage'),
});

/** The city's one-page brief: headline figures, chain statuses and the five-ones matrix. */
export const cityBriefRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/brief',
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(getOverviewQueryOptions());
  },
  component: lazyRouteComponent(() => import('@/app/briefs/city-brief-page'), 'CityBriefPage'),
});
