import { queryOptions, useQuery } from '@tanstack/react-query';
import type { NotificationPage } from '@server/contract/notifications';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The panel shows the latest ones; older ones have been acted on or are read. */
export const PANEL_SIZE = 20;

export function getNotifications({
  signal,
}: { signal?: AbortSignal } = {}): Promise<NotificationPage> {
  return apiGet(
    '/api/notifications',
    () =>
      import('@server/contract/notifications').then((contract) => contract.notificationPageSchema),
    { signal, search: { pageSize: PANEL_SIZE } },
  );
}

export function getNotificationsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.notifications.lists(),
    queryFn: ({ signal }) => getNotifications({ signal }),
  });
}

export function useNotifications() {
  return useQuery(getNotificationsQueryOptions());
}
