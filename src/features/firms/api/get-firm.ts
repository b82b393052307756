import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FirmDetail } from '@server/contract/firms';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getFirm(
  id: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<FirmDetail> {
  return apiGet(
    `/api/firms/${id}`,
    () => import('@server/contract/firms').then((contract) => contract.firmDetailSchema),
    { signal },
  );
}

export function getFirmQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.firms.detail(id),
    queryFn: ({ signal }) => getFirm(id, { signal }),
  });
}

export function useFirm(id: number) {
  return useQuery(getFirmQueryOptions(id));
}
