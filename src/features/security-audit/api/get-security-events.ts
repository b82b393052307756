import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { SecurityEventPage } from '@server/contract/security-events';
import type { SecurityEventSearch } from '@/features/security-audit/search';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getSecurityEvents(
  search: SecurityEventSearch,
  { signal }: { signal?: AbortSignal } = {},
): Promise<SecurityEventPage> {
  return apiGet(
    '/api/security/events',
    () =>
      import('@server/contract/security-events').then(
        (contract) => contract.securityEventPageSchema,
      ),
    { signal, search },
  );
}

export function getSecurityEventsQueryOptions(search: SecurityEventSearch) {
  return queryOptions({
    queryKey: queryKeys.securityEvents.list(search),
    queryFn: ({ signal }) => getSecurityEvents(search, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useSecurityEvents(search: SecurityEventSearch) {
  return useQuery(getSecurityEventsQueryOptions(search));
}
