import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateUserBody, User } from '@server/contract/users';
import { apiSend } from '@/lib/api-client';
import { loadUserSchema, storeUser } from '@/features/admin-users/api/store-user';

export function updateUser(id: number, body: UpdateUserBody): Promise<User> {
  return apiSend('PUT', `/api/users/${id}`, body, loadUserSchema);
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateUserBody }) => updateUser(id, body),
    onSuccess: (user) => storeUser(queryClient, user),
  });
}
