import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ClearLoginThrottleBody,
  ClearedLoginThrottle,
} from '@server/contract/login-throttles';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function clearLoginThrottle(body: ClearLoginThrottleBody): Promise<ClearedLoginThrottle> {
  return apiSend('POST', '/api/login-throttles/clear', body, () =>
    import('@server/contract/login-throttles').then(
      (contract) => contract.clearedLoginThrottleSchema,
    ),
  );
}

export function useClearLoginThrottle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: clearLoginThrottle,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.loginThrottles() }),
  });
}
