import { useTranslation } from 'react-i18next';

export function SampleDataBanner({ cityName }: { cityName: string }) {
  const { t } = useTranslation();
  return (
    <div className="sample-banner" role="note" aria-label={t('sample.label')}>
      <span className="sample-banner__icon" aria-hidden="true">
        ⚠
      </span>
      {t('sample.text', { city: cityName })}
    </div>
  );
}
