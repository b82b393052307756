import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { SecondFactorStatus } from '@server/contract/auth';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** One's own second factor: enrolled, required by the policy, recovery codes left. */
export function getSecondFactor({
  signal,
}: { signal?: AbortSignal } = {}): Promise<SecondFactorStatus> {
  return apiGet(
    '/api/auth/second-factor',
    () => import('@server/contract/auth').then((contract) => contract.secondFactorStatusSchema),
    { signal },
  );
}

export function getSecondFactorQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.account.secondFactor(),
    queryFn: ({ signal }) => getSecondFactor({ signal }),
  });
}

export function useSecondFactor(): SecondFactorStatus {
  return useSuspenseQuery(getSecondFactorQueryOptions()).data;
}
