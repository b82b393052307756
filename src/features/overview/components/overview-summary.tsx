import { useTranslation } from 'react-i18next';
import type { Overview } from '@server/contract/overview';

export function OverviewSummary({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const values = {
    count: overview.chains.length,
    // A calendar date: read and shown in UTC so no time zone moves it to another day.
    date: new Date(`${overview.asOf}T00:00:00Z`),
    formatParams: { date: { dateStyle: 'long', timeZone: 'UTC' } },
  } as const;
  return (
    <p className="page__summary">
      {overview.dataset
        ? t('overview.summaryWithCity', { ...values, city: overview.dataset.cityName })
        : t('overview.summary', values)}
    </p>
  );
}
