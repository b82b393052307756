import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ResetSecondFactorBody, User } from '@server/contract/users';
import { apiSend } from '@/lib/api-client';
import { loadUserSchema, storeUser } from '@/features/admin-users/api/store-user';

/** The security administrator removes a user's second factor (a lost phone); they are signed out. */
export function resetSecondFactor(id: number, body: ResetSecondFactorBody): Promise<User> {
  return apiSend('POST', `/api/users/${id}/second-factor/reset`, body, loadUserSchema);
}

export function useResetSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ResetSecondFactorBody }) =>
      resetSecondFactor(id, body),
    onSuccess: (user) => storeUser(queryClient, user),
  });
}
