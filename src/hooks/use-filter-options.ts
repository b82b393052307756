import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/*
 * Chains and departments are the choices of several lists' filters. They change rarely, so one
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

/** The city's current chains in display order, for filters and pickers. */
export function useChainOptions() {
  return useQuery(chainListQueryOptions);
}

/** Every department by name, for filters and pickers. */
export function useDepartmentOptions() {
  return useQuery(departmentListQueryOptions);
}
