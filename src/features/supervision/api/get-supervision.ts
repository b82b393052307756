import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SupervisionSummary } from '@server/contract/supervision';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getSupervision({
  signal,
}: { signal?: AbortSignal } = {}): Promise<SupervisionSummary> {
  return apiGet(
    '/api/supervision',
    () =>
      import('@server/contract/supervision').then((contract) => contract.supervisionSummarySchema),
    { signal },
  );
}

export function getSupervisionQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.problems.supervision(),
    queryFn: ({ signal }) => getSupervision({ signal }),
  });
}

export function useSupervision() {
  return useQuery(getSupervisionQueryOptions());
}
