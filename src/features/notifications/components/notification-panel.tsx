import { useEffect, useRef } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Notification } from '@server/contract/notifications';
import { LoadError } from '@/components/feedback/load-error';
import { useNotifications } from '@/features/notifications/api/get-notifications';
import { useUpdateNotificationRead } from '@/features/notifications/api/update-notification-read';
import { useUpdateNotificationsReadAll } from '@/features/notifications/api/update-notifications-read-all';
import { useFormatters } from '@/hooks/use-formatters';
import '@/features/notifications/components/notification-panel.css';

interface NotificationPanelProps {
  id: string;
  /** Closes the panel; `returnFocus` when closed from the keyboard (Escape), back to the bell. */
  onClose: (returnFocus: boolean) => void;
}

/** The latest notifications, each a link to its record; following one marks it read. */
export function NotificationPanel({ id, onClose }: NotificationPanelProps) {
  const { t } = useTranslation('notifications');
  const { data, error, refetch, isFetching } = useNotifications();
  const readAll = useUpdateNotificationsReadAll();
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose(true);
    };
    // A click outside closes it, as a menu would; the bell's own click toggles it instead.
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.parentElement?.contains(target)) onClose(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [onClose]);

  return (
    <section ref={panel} id={id} className="notification-panel" aria-labelledby={`${id}-title`}>
      <div className="notification-panel__head">
        <h2 id={`${id}-title`}>{t('notifications.title')}</h2>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => readAll.mutate(undefined)}
          disabled={!data || data.unread === 0 || readAll.isPending}
        >
          {t('notifications.readAll')}
        </button>
      </div>
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} retrying={isFetching} />
      ) : !data ? (
        <p role="status">{t('notifications.loading')}</p>
      ) : data.items.length === 0 ? (
        <p>{t('notifications.empty')}</p>
      ) : (
        <ul className="notification-panel__list">
          {data.items.map((item) => (
            <NotificationItem key={item.id} item={item} onFollow={() => onClose(false)} />
          ))}
        </ul>
      )}
    </section>
  );
}

function NotificationItem({ item, onFollow }: { item: Notification; onFollow: () => void }) {
  const { t } = useTranslation('notifications');
  const format = useFormatters();
  const markRead = useUpdateNotificationRead();
  const text = useNotificationText(item);
  const follow = () => {
    if (!item.readAt) markRead.mutate(item.id);
    onFollow();
  };
  const unread = item.readAt === null;
  return (
    <li className={unread ? 'notification-panel__item is-unread' : 'notification-panel__item'}>
      {unread && <span className="visually-hidden">{t('notifications.unread')}</span>}
      <RecordLink item={item} onClick={follow}>
        {text}
      </RecordLink>
      <span className="notification-panel__time">{format.dateTime(item.updatedAt)}</span>
      {unread && (
        <button
          type="button"
          className="button button--quiet notification-panel__mark"
          aria-label={t('notifications.markReadOf', { text })}
          onClick={() => markRead.mutate(item.id)}
        >
          {t('notifications.markRead')}
        </button>
      )}
    </li>
  );
}

/** The record a notification is about: a problem's page, or its chain's (at the reports). */
function RecordLink({
  item,
  onClick,
  children,
}: {
  item: Notification;
  onClick: () => void;
  children: string;
}) {
  const { subject } = item;
  if (subject.type === 'problem') {
    return (
      <Link to="/problems/$problemId" params={{ problemId: subject.id }} onClick={onClick}>
        {children}
      </Link>
    );
  }
  return (
    <Link
      to="/chains/$chainId"
      params={{ chainId: subject.id }}
      hash={subject.type === 'task_force' ? 'chain-reports-title' : undefined}
      onClick={onClick}
    >
      {children}
    </Link>
  );
}

/** The notification's sentence in the reader's language, from the values the server kept. */
function useNotificationText(item: Notification): string {
  const { t } = useTranslation('notifications');
  const format = useFormatters();
  const { params } = item;
  const values = {
    chain: item.chain ? format.name(item.chain) : '',
    actor: params.actor ?? '',
    title: params.title ?? '',
    count: params.count ?? 1,
    deadline: params.deadline ? format.date(params.deadline) : '',
    periodEndsOn: params.periodEndsOn ? format.date(params.periodEndsOn) : '',
  };
  return t(`notifications.texts.${item.kind}`, values);
}
