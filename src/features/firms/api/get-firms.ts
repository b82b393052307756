import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { FirmPage } from '@server/contract/firms';
import type { FirmListSearch } from '@/features/firms/search';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getFirms(
  search: FirmListSearch,
  { signal }: { signal?: AbortSignal } = {},
): Promise<FirmPage> {
  return apiGet(
    '/api/firms',
    () => import('@server/contract/firms').then((contract) => contract.firmPageSchema),
    { signal, search },
  );
}

export function getFirmsQueryOptions(search: FirmListSearch) {
  return queryOptions({
    queryKey: queryKeys.firms.list(search),
    queryFn: ({ signal }) => getFirms(search, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useFirms(search: FirmListSearch) {
  return useQuery(getFirmsQueryOptions(search));
}
