import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { getProjectQueryOptions } from '@/features/projects/api/get-project';
import { getProjectsQueryOptions } from '@/features/projects/api/get-projects';
import { projectListSearchSchema } from '@/features/projects/search';
import { parseIdParam } from '@/lib/route-params';

export const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects',
  validateSearch: projectListSearchSchema,
  loaderDeps: ({ search }) => search,
  // Started, not awaited: the request runs while the screen's code downloads.
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchQuery(getProjectsQueryOptions(deps));
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
    void context.queryClient.prefetchQuery(getProjectQueryOptions(params.projectId));
  },
  component: lazyRouteComponent(
    () => import('@/features/projects/components/project-detail'),
    'ProjectDetail',
  ),
});
