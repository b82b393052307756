import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TargetFirmDetail } from '@server/contract/investment';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getTargetFirm(
  id: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<TargetFirmDetail> {
  return apiGet(
    `/api/target-firms/${id}`,
    () => import('@server/contract/investment').then((contract) => contract.targetFirmDetailSchema),
    { signal },
  );
}

export function getTargetFirmQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.targetFirms.detail(id),
    queryFn: ({ signal }) => getTargetFirm(id, { signal }),
  });
}

export function useTargetFirm(id: number) {
  return useQuery(getTargetFirmQueryOptions(id));
}
