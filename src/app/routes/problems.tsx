import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { problemListSearchSchema } from '@/features/problems/search';
import { parseIdParam } from '@/lib/route-params';

export const problemsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/problems',
  validateSearch: problemListSearchSchema,
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
  component: lazyRouteComponent(
    () => import('@/features/problems/components/problem-detail'),
    'ProblemDetail',
  ),
});
