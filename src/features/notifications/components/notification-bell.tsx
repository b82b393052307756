import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '@/features/notifications/api/get-unread-count';
import { can, useSession } from '@/lib/auth';
import '@/features/notifications/components/notification-bell.css';

// The list, its texts and its writes load on the first click: every page carries the bell, so
// only the button and its count load with each page.
const NotificationPanel = lazy(() =>
  import('@/features/notifications/components/notification-panel').then((module) => ({
    default: module.NotificationPanel,
  })),
);

const PANEL_ID = 'notification-panel';

/**
 * 通知: the bell in the header with the unread count, polled while the app is open. The security
 * and audit administrators read no chain's data, so nothing is ever addressed to them: no bell.
 */
export function NotificationBell() {
  const user = useSession();
  return can(user, 'read_data') ? <Bell /> : null;
}

function Bell() {
  const { t } = useTranslation('notifications');
  const { data } = useUnreadCount();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const unread = data?.unread ?? 0;
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };
  return (
    <div className="notification-bell">
      <button
        ref={button}
        type="button"
        className="button button--quiet notification-bell__button"
        aria-expanded={open}
        aria-controls={open ? PANEL_ID : undefined}
        aria-label={t('notifications.bell', { unread })}
        onClick={() => setOpen((was) => !was)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {unread > 0 && (
          <span className="notification-bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <Suspense
          fallback={
            <p role="status" className="notification-bell__loading">
              {t('notifications.loading')}
            </p>
          }
        >
          <NotificationPanel id={PANEL_ID} onClose={close} />
        </Suspense>
      )}
    </div>
  );
}
