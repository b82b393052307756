import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { targetFirmPageSchema } from '@server/contract/investment';
import type { TargetFirmListSearch } from '@/features/investment/target-firm-search';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

type TargetFirmPage = z.output<typeof targetFirmPageSchema>;

export function getTargetFirms(
  search: TargetFirmListSearch,
  { signal }: { signal?: AbortSignal } = {},
): Promise<TargetFirmPage> {
  return apiGet(
    '/api/target-firms',
    () => import('@server/contract/investment').then((contract) => contract.targetFirmPageSchema),
    { signal, search },
  );
}

export function getTargetFirmsQueryOptions(search: TargetFirmListSearch) {
  return queryOptions({
    queryKey: queryKeys.targetFirms.list(search),
    queryFn: ({ signal }) => getTargetFirms(search, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useTargetFirms(search: TargetFirmListSearch) {
  return useQuery(getTargetFirmsQueryOptions(search));
}
