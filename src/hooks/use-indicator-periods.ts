import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IndicatorPeriods } from '@server/contract/indicator-periods';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/**
 * `GET /api/indicator-periods`: the recent quarters and whether each takes figures — for the
 * administrators' lock screen and the figure form, which says a quarter is locked before saving.
 */
export function getIndicatorPeriods({
  signal,
}: { signal?: AbortSignal } = {}): Promise<IndicatorPeriods> {
  return apiGet(
    '/api/indicator-periods',
    () =>
      import('@server/contract/indicator-periods').then(
        (contract) => contract.indicatorPeriodsSchema,
      ),
    { signal },
  );
}

export function getIndicatorPeriodsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.indicatorPeriods(),
    queryFn: ({ signal }) => getIndicatorPeriods({ signal }),
  });
}

export function useIndicatorPeriods() {
  return useQuery(getIndicatorPeriodsQueryOptions());
}
