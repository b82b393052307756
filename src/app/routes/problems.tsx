import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { getProblemQueryOptions } from '@/features/problems/api/get-problem';
import { getProblemsQueryOptions } from '@/features/problems/api/get-problems';
import { problemListSearchSchema } from '@/features/problems/search';
import { parseIdParam } from '@/lib/route-params';

export const problemsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/problems',
  validateSearch: problemListSearchSchema,
  loaderDeps: ({ search }) => search,
  // Started, not awaited: the request runs while the screen's code downloads.
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchQuery(getProblemsQueryOptions(deps));
  },
  component: lazyRouteComponent(
    () => import('@/features/problems/components/problem-list'),
    'ProblemList',
  ),
});

export const problemRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/problems/$problemId',
  params: {
    parse: ({ problemId }) => ({ problemId: parseIdParam(problemId) }),
    stringify: ({ problemId }) => ({ problemId: String(problemId) }),
  },
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(getProblemQueryOptions(params.problemId));
  },
  component: lazyRouteComponent(
    () => import('@/features/problems/components/problem-detail'),
    'ProblemDetail',
  ),
});
