import { useTranslation } from 'react-i18next';
import { retryInText } from '@/components/form/retry-in-text';

/** The wait after too many wrong passwords or codes, counting down. */
export function ThrottledAlert({ secondsLeft }: { secondsLeft: number }) {
  const { t } = useTranslation('auth');
  return (
    <p className="form-alert">
      {/* Announced once; the countdown beside it changes every second, so it is a quiet timer. */}
      <span role="alert">{t('auth.signIn.throttled')}</span>{' '}
      <span role="timer">{retryInText(secondsLeft, t)}</span>
    </p>
  );
}
