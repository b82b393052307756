import { queryOptions } from '@tanstack/react-query';
import type { Screen } from '@server/contract/screen';
import { apiGet } from '@/lib/api-client';
import { screenKeys } from '@/features/screen/api/keys';

/** `GET /api/screen`: the wall screen's 招商, problems, projects and parks by district. */
export function getScreen({ signal }: { signal?: AbortSignal } = {}): Promise<Screen> {
  return apiGet(
    '/api/screen',
    () => import('@server/contract/screen').then((contract) => contract.screenSchema),
    { signal },
  );
}

export function getScreenQueryOptions() {
  return queryOptions({
    queryKey: screenKeys.summary(),
    queryFn: ({ signal }) => getScreen({ signal }),
  });
}
