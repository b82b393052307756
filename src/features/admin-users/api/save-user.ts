import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  CreateUserBody,
  ResetPasswordBody,
  UpdateUserBody,
  User,
  UserList,
} from '@server/contract/users';
import type { Session } from '@/lib/auth';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

const loadUserSchema = () =>
  import('@server/contract/users').then((contract) => contract.userSchema);

export function createUser(body: CreateUserBody, idempotencyKey: string): Promise<User> {
  return apiSend('POST', '/api/users', body, loadUserSchema, { idempotencyKey });
}

export function updateUser(id: number, body: UpdateUserBody): Promise<User> {
  return apiSend('PUT', `/api/users/${id}`, body, loadUserSchema);
}

export function resetPassword(id: number, body: ResetPasswordBody): Promise<User> {
  return apiSend('PUT', `/api/users/${id}/password`, body, loadUserSchema);
}

/** The list shows the answer at once, then is fetched again to pick up anyone else's changes. */
function storeUser(queryClient: QueryClient, user: User) {
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

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateUserBody; idempotencyKey: string }) =>
      createUser(body, idempotencyKey),
    onSuccess: (user) => storeUser(queryClient, user),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateUserBody }) => updateUser(id, body),
    onSuccess: (user) => storeUser(queryClient, user),
  });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ResetPasswordBody }) => resetPassword(id, body),
    onSuccess: (user) => storeUser(queryClient, user),
  });
}
