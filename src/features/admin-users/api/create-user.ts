import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserBody, User } from '@server/contract/users';
import { apiSend } from '@/lib/api-client';
import { loadUserSchema, storeUser } from '@/features/admin-users/api/store-user';

export function createUser(body: CreateUserBody, idempotencyKey: string): Promise<User> {
  return apiSend('POST', '/api/users', body, loadUserSchema, { idempotencyKey });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateUserBody; idempotencyKey: string }) =>
      createUser(body, idempotencyKey),
    onSuccess: (user) => storeUser(queryClient, user),
  });
}
