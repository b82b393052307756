import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { getUsersQueryOptions } from '@/features/admin-users/api/get-users';
import type { Session } from '@/lib/auth';
import { queryKeys } from '@/lib/query-keys';

export const adminUsersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/users',
  // Started, not awaited, and only for administrators: anyone else gets a 403 and sees the
  // screen's own "no permission" state.
  loader: ({ context }) => {
    const session = context.queryClient.getQueryData<Session>(queryKeys.session());
    if (session?.user.role === 'admin') {
      void context.queryClient.prefetchQuery(getUsersQueryOptions());
    }
  },
  component: lazyRouteComponent(
    () => import('@/features/admin-users/components/admin-users'),
    'AdminUsers',
  ),
});
