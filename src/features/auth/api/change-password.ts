import { useMutation } from '@tanstack/react-query';
import type { ChangePasswordBody } from '@server/contract/auth';
import { apiSend } from '@/lib/api-client';

/** Changes the signed-in user's password; their other sessions end, this one stays. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => apiSend('PUT', '/api/auth/password', body, null),
  });
}
