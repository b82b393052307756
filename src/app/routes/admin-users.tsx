import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { getUsersQueryOptions } from '@/features/admin-users/api/get-users';
import { can, type Session } from '@/lib/auth';
import { queryKeys } from '@/lib/query-keys';

export const adminUsersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/users',
  staticData: { outsideTheData: true },
  // Started, not awaited, and only for the system and security administrators: anyone else
  // gets a 403 and sees the screen's own "no permission" state.
  loader: ({ context }) => {
    const user = context.queryClient.getQueryData<Session>(queryKeys.session())?.user;
    if (user && (can(user, 'manage_users') || can(user, 'manage_credentials'))) {
      void context.queryClient.prefetchQuery(getUsersQueryOptions());
    }
  },
  component: lazyRouteComponent(
    () => import('@/features/admin-users/components/admin-users'),
    'AdminUsers',
  ),
});
