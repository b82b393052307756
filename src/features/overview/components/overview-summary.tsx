import { useTranslation } from 'react-i18next';
import type { Overview } from '@server/contract/overview';
import { useFormatters } from '@/hooks/use-formatters';

export function OverviewSummary({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const values = {
    count: overview.chains.length,
    // A calendar date: read and shown in UTC so no time zone moves it to another day.
    date: new Date(`${overview.asOf}T00:00:00Z`),
    formatParams: { date: { dateStyle: 'long', timeZone: 'UTC' } },
  } as const;
  const { dataset } = overview;
  return (
    <p className="page__summary">
      {dataset
        ? t('overview.summaryWithCity', {
            ...values,
            city: format.name({ name: dataset.cityName, nameEn: dataset.cityNameEn }),
          })
        : t('overview.summary', values)}
    </p>
  );
}
