import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { getOverviewQueryOptions } from '@/features/overview/api/get-overview';
import { Overview } from '@/features/overview/components/overview';
import { overviewSearchSchema } from '@/features/overview/search';

export const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: overviewSearchSchema,
  // Started, not awaited; the filters work on the cached answer, so they never refetch.
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(getOverviewQueryOptions());
  },
  component: Overview,
});
