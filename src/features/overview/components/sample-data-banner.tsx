import { useTranslation } from 'react-i18next';
import type { Dataset } from '@server/contract/overview';
import { useFormatters } from '@/hooks/use-formatters';

export function SampleDataBanner({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const city = format.name({ name: dataset.cityName, nameEn: dataset.cityNameEn });
  return (
    <div className="sample-banner" role="note" aria-label={t('sample.label')}>
      <span className="sample-banner__icon" aria-hidden="true">
        ⚠
      </span>
      {t('sample.text', { city })}
    </div>
  );
}
