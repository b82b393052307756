import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ParkPage } from '@server/contract/parks';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/*
 * Chains, parks and departments are the choices of several lists' filters. They change rarely, so one
 * cached copy serves every screen.
 */

const chainListQueryOptions = queryOptions({
  queryKey: queryKeys.chains.list({}),
  queryFn: ({ signal }) =>
    apiGet(
      '/api/chains',
      () => import('@server/contract/chains').then((contract) => contract.chainListSchema),
      { signal },
    ),
  staleTime: 5 * 60_000,
});

const departmentListQueryOptions = queryOptions({
  queryKey: queryKeys.departments(),
  queryFn: ({ signal }) =>
    apiGet(
      '/api/departments',
      () =>
        import('@server/contract/departments').then((contract) => contract.departmentListSchema),
      { signal },
    ),
  staleTime: 5 * 60_000,
});

// The city has a few dozen parks: one page holds them all.
const allParks = { sort: 'name', pageSize: 100 } as const;

const parkListQueryOptions = queryOptions({
  queryKey: queryKeys.parks.list(allParks),
  queryFn: ({ signal }) =>
    apiGet(
      '/api/parks',
      () => import('@server/contract/parks').then((contract) => contract.parkPageSchema),
      { signal, search: allParks },
    ),
  staleTime: 5 * 60_000,
});

/** `enabled: false` for a user whose role does not read the chains' data (they would get 403). */
interface OptionsQuery {
  enabled?: boolean;
}

/** Every park by name, for filters and pickers; `select` derives other choices from them. */
export function useParkOptions<Selected = ParkPage>(
  select?: (parks: ParkPage) => Selected,
  { enabled = true }: OptionsQuery = {},
) {
  return useQuery({ ...parkListQueryOptions, select, enabled });
}

/** The city's current chains in display order, for filters and pickers. */
export function useChainOptions({ enabled = true }: OptionsQuery = {}) {
  return useQuery({ ...chainListQueryOptions, enabled });
}

/** Every department by name, for filters and pickers. */
export function useDepartmentOptions({ enabled = true }: OptionsQuery = {}) {
  return useQuery({ ...departmentListQueryOptions, enabled });
}
