import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ConfirmEnrolmentBody, Enrolled } from '@server/contract/auth';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** Finishes an enrolment with its first code: the session, and ten recovery codes shown once. */
export function confirmEnrolment(body: ConfirmEnrolmentBody): Promise<Enrolled> {
  return apiSend('POST', '/api/auth/second-factor/enrolment/confirm', body, () =>
    import('@server/contract/auth').then((contract) => contract.enrolledSchema),
  );
}

export function useConfirmEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmEnrolment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.account.secondFactor() }),
  });
}
