import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { getSupervisionQueryOptions } from '@/features/supervision/api/get-supervision';
import { getSupervisionSheetQueryOptions } from '@/features/supervision/api/get-supervision-sheet';
import { parseIdParam } from '@/lib/route-params';

/** 督办: the departments' amber and red problems. */
export const supervisionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/supervision',
  // Started, not awaited: the request runs while the screen's code downloads.
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(getSupervisionQueryOptions());
  },
  component: lazyRouteComponent(
    () => import('@/features/supervision/components/supervision-page'),
    'SupervisionPage',
  ),
});

/** 督办单: one department's sheet, printed from the browser. */
export const supervisionSheetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/supervision/departments/$departmentId',
  params: {
    parse: ({ departmentId }) => ({ departmentId: parseIdParam(departmentId) }),
    stringify: ({ departmentId }) => ({ departmentId: String(departmentId) }),
  },
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(getSupervisionSheetQueryOptions(params.departmentId));
  },
  component: lazyRouteComponent(
    () => import('@/features/supervision/components/supervision-sheet'),
    'SupervisionSheet',
  ),
});
