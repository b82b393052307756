import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { User, UserList } from '@server/contract/users';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getUsers({ signal }: { signal?: AbortSignal } = {}): Promise<UserList> {
  return apiGet(
    '/api/users',
    () => import('@server/contract/users').then((contract) => contract.userListSchema),
    { signal },
  );
}

export function getUsersQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.users.lists(),
    queryFn: ({ signal }) => getUsers({ signal }),
  });
}

export function useUsers() {
  return useQuery(getUsersQueryOptions());
}

/**
 * Reads one user as stored now, fetching the list again (the table shows the fresh list too):
 * after a 409, the form starts over from what someone else saved.
 */
export function useReloadUser() {
  const queryClient = useQueryClient();
  return async (id: number): Promise<User | undefined> => {
    const list = await queryClient.fetchQuery({ ...getUsersQueryOptions(), staleTime: 0 });
    return list.items.find((user) => user.id === id);
  };
}
