import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SecondFactorBody, SecondFactorStatus } from '@server/contract/auth';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** Turns one's second factor off, where the policy allows it for the role. */
export function disableSecondFactor(body: SecondFactorBody): Promise<SecondFactorStatus> {
  return apiSend('POST', '/api/auth/second-factor/disable', body, () =>
    import('@server/contract/auth').then((contract) => contract.secondFactorStatusSchema),
  );
}

export function useDisableSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableSecondFactor,
    onSuccess: (status) => queryClient.setQueryData(queryKeys.account.secondFactor(), status),
  });
}
