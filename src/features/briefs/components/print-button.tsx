import { useTranslation } from 'react-i18next';

/** Opens the browser's print dialog, where "Save as PDF" is one of the printers. */
export function PrintButton() {
  const { t } = useTranslation('briefs');
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {t('briefs.print')}
    </button>
  );
}
