import type { QueryClient } from '@tanstack/react-query';
import type { User, UserList } from '@server/contract/users';
import type { Session } from '@/lib/auth';
import { queryKeys } from '@/lib/query-keys';

export const loadUserSchema = () =>
  import('@server/contract/users').then((contract) => contract.userSchema);

/** The list shows the answer at once, then is fetched again to pick up anyone else's changes. */
export function storeUser(queryClient: QueryClient, user: User) {
  queryClient.setQueryData<UserList>(queryKeys.users.lists(), (list) => {
    if (!list) return list;
    const known = list.items.some((item) => item.id === user.id);
    return {
      ...list,
      items: known
        ? list.items.map((item) => (item.id === user.id ? user : item))
        : [...list.items, user],
    };
  });
  void queryClient.invalidateQueries({ queryKey: queryKeys.users.all() });
  // An administrator who changed their own account sees the new name or role in the header.
  const session = queryClient.getQueryData<Session>(queryKeys.session());
  if (session?.user.id === user.id) {
    void queryClient.invalidateQueries({ queryKey: queryKeys.session() });
  }
}
