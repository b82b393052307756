import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInNotice as Notice } from '@server/contract/auth';
import { useFormatters } from '@/hooks/use-formatters';
import { getSessionQueryOptions } from '@/lib/auth';
import '@/features/auth/sign-in-notice.css';

/** Dismissed notices are remembered for this tab by their sign-in's time: a new sign-in shows anew. */
const DISMISSED_KEY = 'chainboard.signInNotice.dismissed';

function dismissedFor(notice: Notice): boolean {
  try {
    return sessionStorage.getItem(DISMISSED_KEY) === notice.signedInAt;
  } catch {
    // Storage refused (a private window's policy): the notice shows until dismissed here.
    return false;
  }
}

/**
 * 鉴别警示: after signing in, the previous sign-in and the failed attempts since, so someone whose
 * password is being guessed sees it. In the frame until dismissed.
 */
export function SignInNotice() {
  const notice = useSuspenseQuery(getSessionQueryOptions()).data.signInNotice;
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!notice || dismissed === notice.signedInAt || dismissedFor(notice)) return null;
  const dismiss = () => {
    try {
      sessionStorage.setItem(DISMISSED_KEY, notice.signedInAt);
    } catch {
      // Remembered in this page only.
    }
    setDismissed(notice.signedInAt);
  };
  return <NoticeText notice={notice} onDismiss={dismiss} />;
}

function NoticeText({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  // Chinese sentences follow one another without a space.
  const gap = i18n.language.startsWith('zh') ? '' : ' ';
  const address = (value: string | null) => value ?? t('session.notice.unknownAddress');
  const { previous, failures } = notice;
  return (
    <section
      className={failures.count > 0 ? 'sign-in-notice sign-in-notice--warning' : 'sign-in-notice'}
      aria-label={t('session.notice.label')}
      // A notice for the screen, not for the page's printout.
      data-print="hide"
    >
      <p role="status">
        {previous
          ? t('session.notice.previous', {
              time: format.dateTime(previous.at),
              address: address(previous.address),
            })
          : t('session.notice.first')}
        {gap}
        {failures.count > 0 && failures.lastAt
          ? t('session.notice.failures', {
              count: failures.count,
              time: format.dateTime(failures.lastAt),
              address: address(failures.lastAddress),
            })
          : t('session.notice.noFailures')}
        {failures.count > 0 && gap + t('session.notice.check')}
      </p>
      <button
        type="button"
        className="button button--quiet sign-in-notice__dismiss"
        onClick={onDismiss}
      >
        {t('session.notice.dismiss')}
      </button>
    </section>
  );
}
