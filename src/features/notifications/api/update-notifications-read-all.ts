import type { NotificationPage } from '@server/contract/notifications';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { useWriteMutation } from '@/lib/write-mutation';

/** 全部已读: marks all the user's notifications read; how many were unread. */
export function updateNotificationsReadAll(): Promise<{ marked: number }> {
  return apiSend('POST', '/api/notifications/read-all', undefined, () =>
    import('@server/contract/notifications').then((contract) => contract.readAllSchema),
  );
}

export function useUpdateNotificationsReadAll() {
  return useWriteMutation<undefined, { marked: number }, NotificationPage>({
    send: updateNotificationsReadAll,
    queryKey: queryKeys.notifications.lists(),
    optimistic: (page) => {
      const at = new Date().toISOString();
      return {
        ...page,
        unread: 0,
        items: page.items.map((item) => ({ ...item, readAt: item.readAt ?? at })),
      };
    },
    touches: () => [queryKeys.notifications.all()],
  });
}
