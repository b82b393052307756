import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { projectListSearchSchema } from '@/features/projects/search';
import { parseIdParam } from '@/lib/route-params';

export const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects',
  validateSearch: projectListSearchSchema,
  loaderDeps: ({ search }) => search,
  // Started, not awaited: the request runs while the screen's code downloads; the request code
  // comes with the screen's, not in the first download (the bundle budget).
  loader: ({ context, deps }) => {
    void import('@/features/projects/api/get-projects').then((api) =>
      context.queryClient.prefetchQuery(api.getProjectsQueryOptions(deps)),
    );
  },
  component: lazyRouteComponent(
    () => import('@/features/projects/components/project-list'),
    'ProjectList',
  ),
});

export const projectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$projectId',
  params: {
    parse: ({ projectId }) => ({ projectId: parseIdParam(projectId) }),
    stringify: ({ projectId }) => ({ projectId: String(projectId) }),
  },
  loader: ({ context, params }) => {
    void import('@/features/projects/api/get-project').then((api) =>
      context.queryClient.prefetchQuery(api.getProjectQueryOptions(params.projectId)),
    );
  },
  component: lazyRouteComponent(
    () => import('@/features/projects/components/project-detail'),
    'ProjectDetail',
  ),
});
