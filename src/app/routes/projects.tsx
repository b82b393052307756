import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { projectListSearchSchema } from '@/features/projects/search';
import { parseIdParam } from '@/lib/route-params';

export const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects',
  validateSearch: projectListSearchSchema,
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
  component: lazyRouteComponent(
    () => import('@/features/projects/components/project-detail'),
    'ProjectDetail',
  ),
});
