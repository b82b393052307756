import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ParkPage } from '@server/contract/parks';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

// The city has a few dozen parks: one page holds them all, and so every district with a park.
const allParks = { sort: 'name', pageSize: 100 } as const;

function getAllParks({ signal }: { signal?: AbortSignal } = {}): Promise<ParkPage> {
  return apiGet(
    '/api/parks',
    () => import('@server/contract/parks').then((contract) => contract.parkPageSchema),
    { signal, search: allParks },
  );
}

function districtsOf(page: ParkPage): string[] {
  return [...new Set(page.items.map((park) => park.district))].sort((a, b) =>
    a.localeCompare(b, 'zh-CN'),
  );
}

/** The districts that have a park, the choices of the district filter; they change rarely. */
export function useDistrictOptions() {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.parks.list(allParks),
      queryFn: ({ signal }) => getAllParks({ signal }),
      staleTime: 5 * 60_000,
      select: districtsOf,
    }),
  );
}
