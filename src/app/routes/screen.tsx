import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';

// The wall screen is its own download: nothing of it is in the overview's first JS, not even
// the reading of its search, which the lazily loaded page does (screen-page.tsx).
const screenPage = () => import('@/app/routes/screen-page');

export const screenRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/screen',
  component: lazyRouteComponent(screenPage, 'CityScreenPage'),
});

export const screenChainRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/screen/chains/$chainId',
  component: lazyRouteComponent(screenPage, 'ChainScreenPage'),
});
