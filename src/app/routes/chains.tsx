import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { getChainQueryOptions } from '@/features/chains/api/get-chain';
import { getChainIndicatorsQueryOptions } from '@/features/chains/api/get-chain-indicators';
import { chainSearchSchema } from '@/features/chains/search';
import { parseIdParam } from '@/lib/route-params';

/** `$chainId` read as a chain's id, here and on the chain's brief. */
export const chainIdParams = {
  parse: ({ chainId }: { chainId: string }) => ({ chainId: parseIdParam(chainId) }),
  stringify: ({ chainId }: { chainId: number }) => ({ chainId: String(chainId) }),
};

export const chainRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/chains/$chainId',
  params: chainIdParams,
  validateSearch: chainSearchSchema,
  // Both requests start together, while the screen's code is still downloading.
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(getChainQueryOptions(params.chainId));
    void context.queryClient.prefetchQuery(getChainIndicatorsQueryOptions(params.chainId));
  },
  component: lazyRouteComponent(() => import('@/app/routes/chain-page'), 'ChainPage'),
});
