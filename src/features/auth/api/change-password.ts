import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordBody, Session } from '@server/contract/auth';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/**
 * Changes the signed-in user's password (also the sign-in step `change_password`); their other
 * sessions end, this one stays. Answers the session, with the step that remains, if any.
 */
export function changePassword(body: ChangePasswordBody): Promise<Session> {
  return apiSend('PUT', '/api/auth/password', body, () =>
    import('@server/contract/auth').then((contract) => contract.sessionSchema),
  );
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: (session) => queryClient.setQueryData(queryKeys.session(), session),
  });
}
