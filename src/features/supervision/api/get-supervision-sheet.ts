import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SupervisionSheet } from '@server/contract/supervision';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getSupervisionSheet(
  departmentId: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<SupervisionSheet> {
  return apiGet(
    `/api/supervision/departments/${departmentId}`,
    () =>
      import('@server/contract/supervision').then((contract) => contract.supervisionSheetSchema),
    { signal },
  );
}

export function getSupervisionSheetQueryOptions(departmentId: number) {
  return queryOptions({
    queryKey: queryKeys.problems.supervisionSheet(departmentId),
    queryFn: ({ signal }) => getSupervisionSheet(departmentId, { signal }),
  });
}

export function useSupervisionSheet(departmentId: number) {
  return useQuery(getSupervisionSheetQueryOptions(departmentId));
}
