import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { getOverviewQueryOptions } from '@/features/overview/api/get-overview';
import { OverviewPage } from '@/app/routes/overview-page';
import { overviewSearchSchema } from '@/features/overview/search';

export const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: overviewSearchSchema,
  // Started, not awaited; the filters work on the cached answer, so they never refetch.
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(getOverviewQueryOptions());
  },
  component: OverviewPage,
});
