import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ProblemPage } from '@server/contract/problems';
import type { ProblemListSearch } from '@/features/problems/search';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getProblems(
  search: ProblemListSearch,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ProblemPage> {
  return apiGet(
    '/api/problems',
    () => import('@server/contract/problems').then((contract) => contract.problemPageSchema),
    { signal, search },
  );
}

export function getProblemsQueryOptions(search: ProblemListSearch) {
  return queryOptions({
    queryKey: queryKeys.problems.list(search),
    queryFn: ({ signal }) => getProblems(search, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useProblems(search: ProblemListSearch) {
  return useQuery(getProblemsQueryOptions(search));
}
