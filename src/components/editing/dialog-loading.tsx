import { useTranslation } from 'react-i18next';

/** Shown while a dialog's code loads (the first time one is opened): said, not silent. */
export function DialogLoading() {
  const { t } = useTranslation('editing');
  return (
    <span role="status" className="dialog-loading">
      {t('editing.opening')}
    </span>
  );
}
