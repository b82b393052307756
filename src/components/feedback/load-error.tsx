import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError, TimeoutError } from '@/lib/api-client';

interface LoadErrorProps {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
}

export function LoadError({ error, onRetry, retrying }: LoadErrorProps) {
  const { t } = useTranslation();
  const reason =
    error instanceof NetworkError
      ? t('errors.network')
      : error instanceof TimeoutError
        ? t('errors.timeout')
        : error instanceof ApiError && error.status === 503
          ? t('errors.unavailable')
          : error instanceof ApiError
            ? t('errors.server', { status: error.status })
            : t('errors.unexpected');
  return (
    <div className="load-error" role="alert">
      <p className="load-error__title">{t('errors.loadFailed')}</p>
      <p>{reason}</p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t('common.retrying') : t('common.retry')}
      </button>
    </div>
  );
}
