import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { getOverviewQueryOptions } from '@/features/overview/api/get-overview';
import { presentSearchSchema } from '@/features/present/search';

export const presentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/present',
  validateSearch: presentSearchSchema,
  // The deck is built from the overview's chains: fetch them while the code downloads.
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(getOverviewQueryOptions());
  },
  component: lazyRouteComponent(() => import('@/app/routes/present-screen'), 'PresentScreen'),
});
