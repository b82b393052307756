import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ParkPage } from '@server/contract/parks';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

// The city has a few dozen parks: one page holds them all.
const allParks = { sort: 'name', pageSize: 100 } as const;

export function getParks({ signal }: { signal?: AbortSignal } = {}): Promise<ParkPage> {
  return apiGet(
    '/api/parks',
    () => import('@server/contract/parks').then((contract) => contract.parkPageSchema),
    { signal, search: allParks },
  );
}

/** Every park by name, the choices of the park filter; they change rarely. */
export function useParkOptions() {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.parks.list(allParks),
      queryFn: ({ signal }) => getParks({ signal }),
      staleTime: 5 * 60_000,
    }),
  );
}
