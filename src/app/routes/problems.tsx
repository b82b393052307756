import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { problemListSearchSchema } from '@/features/problems/search';
import { parseIdParam } from '@/lib/route-params';

export const problemsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/problems',
  validateSearch: problemListSearchSchema,
  loaderDeps: ({ search }) => search,
  // Started, not awaited: the request runs while the screen's code downloads; the request code
  // comes with the screen's, not in the first download (the bundle budget).
  loader: ({ context, deps }) => {
    void import('@/features/problems/api/get-problems').then((api) =>
      context.queryClient.prefetchQuery(api.getProblemsQueryOptions(deps)),
    );
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
    void import('@/features/problems/api/get-problem').then((api) =>
      context.queryClient.prefetchQuery(api.getProblemQueryOptions(params.problemId)),
    );
  },
  component: lazyRouteComponent(
    () => import('@/features/problems/components/problem-detail'),
    'ProblemDetail',
  ),
});
