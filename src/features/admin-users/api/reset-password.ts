import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ResetPasswordBody, User } from '@server/contract/users';
import { apiSend } from '@/lib/api-client';
import { loadUserSchema, storeUser } from '@/features/admin-users/api/store-user';

export function resetPassword(id: number, body: ResetPasswordBody): Promise<User> {
  return apiSend('PUT', `/api/users/${id}/password`, body, loadUserSchema);
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ResetPasswordBody }) => resetPassword(id, body),
    onSuccess: (user) => storeUser(queryClient, user),
  });
}
