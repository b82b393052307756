import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProblemPage } from '@server/contract/problems';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

// The chain leader's list: red problems only, the longest overdue first. A chain with more
// than a page of them links on to the full list.
const escalatedSearch = (chainId: number) =>
  ({ chain: chainId, supervision: 'red', sort: 'deadline', order: 'asc', pageSize: 20 }) as const;

export function getEscalatedProblems(
  chainId: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ProblemPage> {
  return apiGet(
    '/api/problems',
    () => import('@server/contract/problems').then((contract) => contract.problemPageSchema),
    { signal, search: escalatedSearch(chainId) },
  );
}

export function useEscalatedProblems(chainId: number) {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.problems.list(escalatedSearch(chainId)),
      queryFn: ({ signal }) => getEscalatedProblems(chainId, { signal }),
    }),
  );
}
