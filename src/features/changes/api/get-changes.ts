import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Changes } from '@server/contract/changes';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export interface ChangesWindow {
  chain?: number;
  from?: string;
  to?: string;
}

/** `GET /api/changes`: what changed in a chain (or the city) between two days. */
export function getChanges(
  search: ChangesWindow,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Changes> {
  return apiGet(
    '/api/changes',
    () => import('@server/contract/changes').then((contract) => contract.changesSchema),
    { signal, search: { ...search } },
  );
}

export function getChangesQueryOptions(search: ChangesWindow) {
  return queryOptions({
    queryKey: queryKeys.changes(search),
    queryFn: ({ signal }) => getChanges(search, { signal }),
  });
}

export function useChanges(search: ChangesWindow) {
  return useQuery(getChangesQueryOptions(search));
}
