import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LeadDetail } from '@server/contract/investment';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/leads/{id}`: one lead, withdrawn or not. */
export function getLead(
  id: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<LeadDetail> {
  return apiGet(
    `/api/leads/${id}`,
    () => import('@server/contract/investment').then((contract) => contract.leadDetailSchema),
    { signal },
  );
}

export function getLeadQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.leads.detail(id),
    queryFn: ({ signal }) => getLead(id, { signal }),
  });
}

export function useLead(id: number) {
  return useQuery(getLeadQueryOptions(id));
}
