import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditPage } from '@server/contract/audit';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/leads/{id}/history`: the lead's own changes, newest first. */
export function getLeadHistory(
  id: number,
  search: { page: number; pageSize: number },
  { signal }: { signal?: AbortSignal } = {},
): Promise<AuditPage> {
  return apiGet(
    `/api/leads/${id}/history`,
    () => import('@server/contract/audit').then((contract) => contract.auditPageSchema),
    { signal, search },
  );
}

export function useLeadHistory(id: number, page: number, pageSize: number) {
  return useQuery({
    ...queryOptions({
      // Under the lead's detail key, so every write that reloads the lead reloads its history.
      queryKey: [...queryKeys.leads.detail(id), 'history', page, pageSize],
      queryFn: ({ signal }) => getLeadHistory(id, { page, pageSize }, { signal }),
    }),
    placeholderData: keepPreviousData,
  });
}
