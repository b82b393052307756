import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** How often the bell asks for its count while the app is open. */
export const UNREAD_POLL_MS = 60_000;

export function getUnreadCount({ signal }: { signal?: AbortSignal } = {}) {
  return apiGet(
    '/api/notifications/unread-count',
    () => import('@server/contract/notifications').then((contract) => contract.unreadCountSchema),
    { signal },
  );
}

export function getUnreadCountQueryOptions() {
  return queryOptions({
    queryKey: [...queryKeys.notifications.all(), 'unread-count'],
    queryFn: ({ signal }) => getUnreadCount({ signal }),
    refetchInterval: UNREAD_POLL_MS,
  });
}

export function useUnreadCount() {
  return useQuery(getUnreadCountQueryOptions());
}
