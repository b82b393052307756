import { createRoute, redirect } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { getOverviewQueryOptions } from '@/features/overview/api/get-overview';
import { OverviewPage } from '@/app/routes/overview-page';
import { overviewSearchSchema } from '@/features/overview/search';
import { getSessionQueryOptions, handlesDepartmentProblems } from '@/lib/auth';

export const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: overviewSearchSchema,
  // A department's users start at their own problems (本部门问题), not the city's dashboard. The
  // root route has loaded the session already: this reads it from the cache.
  beforeLoad: async ({ context }) => {
    const { user } = await context.queryClient.ensureQueryData(getSessionQueryOptions());
    if (handlesDepartmentProblems(user)) throw redirect({ to: '/department' });
  },
  // Started, not awaited; the filters work on the cached answer, so they never refetch.
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(getOverviewQueryOptions());
  },
  component: OverviewPage,
});
