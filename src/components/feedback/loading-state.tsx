import { useTranslation } from 'react-i18next';

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <div className="loading-state" role="status">
      <span className="loading-state__text">{t('common.loading')}</span>
      <div className="loading-state__skeleton" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
    </div>
  );
}
