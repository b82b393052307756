import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

const pageSize = 10;

/**
 * `GET /api/leads/{id}/history`: the audit trail's events of this lead (entity type `lead`),
 * newest first, a page at a time — the same answer as a chain's history.
 */
export function useLeadHistory(leadId: number, page: number) {
  return useQuery({
    queryKey: [...queryKeys.audit.all(), 'lead', leadId, page],
    queryFn: ({ signal }) =>
      apiGet(
        `/api/leads/${leadId}/history`,
        () => import('@server/contract/audit').then((contract) => contract.auditPageSchema),
        { signal, search: { page, pageSize } },
      ),
    placeholderData: keepPreviousData,
  });
}
