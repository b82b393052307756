import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { LeadPage } from '@server/contract/investment';
import type { LeadListSearch } from '@/features/investment/search';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/leads`: a page of leads, filtered and sorted as the address says. */
export function getLeads(
  search: LeadListSearch,
  { signal }: { signal?: AbortSignal } = {},
): Promise<LeadPage> {
  return apiGet(
    '/api/leads',
    () => import('@server/contract/investment').then((contract) => contract.leadPageSchema),
    { signal, search },
  );
}

export function getLeadsQueryOptions(search: LeadListSearch) {
  return queryOptions({
    queryKey: queryKeys.leads.list(search),
    queryFn: ({ signal }) => getLeads(search, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useLeads(search: LeadListSearch) {
  return useQuery(getLeadsQueryOptions(search));
}
