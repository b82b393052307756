import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { chainIdParams } from '@/app/routes/chains';
import { rootRoute } from '@/app/routes/root';
import { screenSearchSchema } from '@/features/screen/search';

// The wall screen is its own download: nothing of it is in the overview's first JS.
export const screenRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/screen',
  validateSearch: screenSearchSchema,
  component: lazyRouteComponent(() => import('@/app/routes/screen-page'), 'CityScreenPage'),
});

export const screenChainRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/screen/chains/$chainId',
  params: chainIdParams,
  validateSearch: screenSearchSchema,
  component: lazyRouteComponent(() => import('@/app/routes/screen-page'), 'ChainScreenPage'),
});
