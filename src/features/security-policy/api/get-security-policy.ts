import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SecurityPolicy } from '@server/contract/security';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getSecurityPolicy({
  signal,
}: { signal?: AbortSignal } = {}): Promise<SecurityPolicy> {
  return apiGet(
    '/api/security/policy',
    () => import('@server/contract/security').then((contract) => contract.securityPolicySchema),
    { signal },
  );
}

export function getSecurityPolicyQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.securityPolicy(),
    queryFn: ({ signal }) => getSecurityPolicy({ signal }),
  });
}

export function useSecurityPolicy() {
  return useQuery(getSecurityPolicyQueryOptions());
}
