import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SecondFactorBody } from '@server/contract/auth';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** Ten new recovery codes in place of the old ones (a current code of the app proves it). */
export function renewRecoveryCodes(body: SecondFactorBody): Promise<{ recoveryCodes: string[] }> {
  return apiSend('POST', '/api/auth/second-factor/recovery-codes', body, () =>
    import('@server/contract/auth').then((contract) => contract.recoveryCodesSchema),
  );
}

export function useRenewRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renewRecoveryCodes,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.account.secondFactor() }),
  });
}
