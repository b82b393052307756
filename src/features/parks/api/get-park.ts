import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ParkDetail } from '@server/contract/parks';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getPark(
  id: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ParkDetail> {
  return apiGet(
    `/api/parks/${id}`,
    () => import('@server/contract/parks').then((contract) => contract.parkDetailSchema),
    { signal },
  );
}

export function getParkQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.parks.detail(id),
    queryFn: ({ signal }) => getPark(id, { signal }),
  });
}

export function usePark(id: number) {
  return useQuery(getParkQueryOptions(id));
}
