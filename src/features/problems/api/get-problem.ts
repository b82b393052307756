import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProblemDetail } from '@server/contract/problems';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getProblem(
  id: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ProblemDetail> {
  return apiGet(
    `/api/problems/${id}`,
    () => import('@server/contract/problems').then((contract) => contract.problemDetailSchema),
    { signal },
  );
}

export function getProblemQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.problems.detail(id),
    queryFn: ({ signal }) => getProblem(id, { signal }),
  });
}

export function useProblem(id: number) {
  return useQuery(getProblemQueryOptions(id));
}
