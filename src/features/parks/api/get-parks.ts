import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ParkPage } from '@server/contract/parks';
import type { ParkListSearch } from '@/features/parks/search';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getParks(
  search: ParkListSearch,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ParkPage> {
  return apiGet(
    '/api/parks',
    () => import('@server/contract/parks').then((contract) => contract.parkPageSchema),
    { signal, search },
  );
}

export function getParksQueryOptions(search: ParkListSearch) {
  return queryOptions({
    queryKey: queryKeys.parks.list(search),
    queryFn: ({ signal }) => getParks(search, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useParks(search: ParkListSearch) {
  return useQuery(getParksQueryOptions(search));
}
