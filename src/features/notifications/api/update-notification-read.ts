import type { Notification, NotificationPage } from '@server/contract/notifications';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { useWriteMutation } from '@/lib/write-mutation';

/** Marks one of the user's notifications read. */
export function updateNotificationRead(id: number): Promise<Notification> {
  return apiSend('POST', `/api/notifications/${id}/read`, undefined, () =>
    import('@server/contract/notifications').then((contract) => contract.notificationSchema),
  );
}

/** Read at once in the open panel; the count and list reload once the server has it. */
export function useUpdateNotificationRead() {
  return useWriteMutation<number, Notification, NotificationPage>({
    send: updateNotificationRead,
    queryKey: queryKeys.notifications.lists(),
    optimistic: (page, id) => ({
      ...page,
      unread: Math.max(
        0,
        page.unread - (page.items.some((item) => item.id === id && !item.readAt) ? 1 : 0),
      ),
      items: page.items.map((item) =>
        item.id === id && !item.readAt ? { ...item, readAt: new Date().toISOString() } : item,
      ),
    }),
    answered: (page, answer) => ({
      ...page,
      items: page.items.map((item) => (item.id === answer.id ? answer : item)),
    }),
    touches: () => [queryKeys.notifications.all()],
  });
}
