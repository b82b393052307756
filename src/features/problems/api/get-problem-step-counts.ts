import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  departmentSteps,
  stepFilter,
  type DepartmentStep,
} from '@/features/problems/department-search';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type ProblemStepCounts = Record<DepartmentStep, number>;

/**
 * How many of a department's problems stand at each step: the problems list's total for each,
 * one row asked for, so the counts are the list's own filters and cannot disagree with it.
 */
export async function getProblemStepCounts(
  departmentId: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ProblemStepCounts> {
  const schema = () =>
    import('@server/contract/problems').then((contract) => contract.problemPageSchema);
  const totals = await Promise.all(
    departmentSteps.map(async (step) => {
      const search = { ...stepFilter(departmentId, step), pageSize: 1 };
      const page = await apiGet('/api/problems', schema, { signal, search });
      return [step, page.total] as const;
    }),
  );
  return Object.fromEntries(totals) as ProblemStepCounts;
}

export function getProblemStepCountsQueryOptions(departmentId: number) {
  return queryOptions({
    queryKey: queryKeys.problems.stepCounts(departmentId),
    queryFn: ({ signal }) => getProblemStepCounts(departmentId, { signal }),
  });
}

export function useProblemStepCounts(departmentId: number) {
  return useQuery(getProblemStepCountsQueryOptions(departmentId));
}
