import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { getProblemsQueryOptions } from '@/features/problems/api/get-problems';
import {
  departmentListSearch,
  departmentProblemsSearchSchema,
} from '@/features/problems/department-search';
import { getSessionQueryOptions, handlesDepartmentProblems, homeOf } from '@/lib/auth';

/** 本部门问题: a department user's problems; anyone else is sent to their own first screen. */
export const departmentProblemsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/department',
  validateSearch: departmentProblemsSearchSchema,
  // The root route has loaded the session already: this reads it from the cache.
  beforeLoad: async ({ context }) => {
    const { user } = await context.queryClient.ensureQueryData(getSessionQueryOptions());
    if (!handlesDepartmentProblems(user)) throw redirect({ to: homeOf(user) });
    return { departmentId: user.departmentId };
  },
  loaderDeps: ({ search }) => search,
  // Started, not awaited: the requests run while the screen's code downloads.
  loader: ({ context, deps }) => {
    const { queryClient, departmentId } = context;
    void queryClient.prefetchQuery(
      getProblemsQueryOptions(departmentListSearch(departmentId, deps)),
    );
    // Its code comes with the screen's, not with every page's first download.
    void import('@/features/problems/api/get-problem-step-counts').then(
      ({ getProblemStepCountsQueryOptions }) =>
        queryClient.prefetchQuery(getProblemStepCountsQueryOptions(departmentId)),
    );
  },
  component: lazyRouteComponent(
    () => import('@/features/problems/components/department-problems'),
    'DepartmentProblems',
  ),
});
