import { queryOptions } from '@tanstack/react-query';
import type { ScreenVersion } from '@server/contract/screen';
import { apiGet } from '@/lib/api-client';
import { screenKeys } from '@/features/screen/api/keys';

/** `GET /api/screen/version`: one row read, what the wall screen polls between refetches. */
export function getScreenVersion({
  signal,
}: { signal?: AbortSignal } = {}): Promise<ScreenVersion> {
  return apiGet(
    '/api/screen/version',
    () => import('@server/contract/screen').then((contract) => contract.screenVersionSchema),
    { signal },
  );
}

export function getScreenVersionQueryOptions(refreshMs: number) {
  return queryOptions({
    queryKey: screenKeys.version(),
    queryFn: ({ signal }) => getScreenVersion({ signal }),
    refetchInterval: refreshMs,
    refetchIntervalInBackground: true,
    // A wall screen reports an unreachable server at once (the browser's offline flag would
    // pause the poll silently) and tries again at the next interval, not in a burst.
    networkMode: 'always',
    retry: false,
  });
}
