import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { chainSearchSchema } from '@/features/chains/search';
import { parseIdParam } from '@/lib/route-params';

export const chainRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/chains/$chainId',
  params: {
    parse: ({ chainId }) => ({ chainId: parseIdParam(chainId) }),
    stringify: ({ chainId }) => ({ chainId: String(chainId) }),
  },
  validateSearch: chainSearchSchema,
  component: lazyRouteComponent(
    () => import('@/features/chains/components/chain-detail'),
    'ChainDetail',
  ),
});
