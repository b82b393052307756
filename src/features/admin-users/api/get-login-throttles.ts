import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoginThrottles } from '@server/contract/login-throttles';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

const loadContract = () => import('@server/contract/login-throttles');

export function getLoginThrottles({
  signal,
}: { signal?: AbortSignal } = {}): Promise<LoginThrottles> {
  return apiGet(
    '/api/login-throttles',
    () => loadContract().then((contract) => contract.loginThrottlesSchema),
    { signal },
  );
}

export function useLoginThrottles() {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.loginThrottles(),
      queryFn: ({ signal }) => getLoginThrottles({ signal }),
      // Waits start and end by themselves; a minute-old list would show ones long over.
      refetchInterval: 30_000,
    }),
  );
}
