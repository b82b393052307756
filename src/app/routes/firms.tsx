import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { firmListSearchSchema } from '@/features/firms/search';
import { parseIdParam } from '@/lib/route-params';

export const firmsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/firms',
  validateSearch: firmListSearchSchema,
  component: lazyRouteComponent(() => import('@/features/firms/components/firm-list'), 'FirmList'),
});

export const firmRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/firms/$firmId',
  params: {
    parse: ({ firmId }) => ({ firmId: parseIdParam(firmId) }),
    stringify: ({ firmId }) => ({ firmId: String(firmId) }),
  },
  component: lazyRouteComponent(
    () => import('@/features/firms/components/firm-detail'),
    'FirmDetail',
  ),
});
