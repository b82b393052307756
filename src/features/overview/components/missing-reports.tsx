import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { OverviewChain } from '@server/contract/overview';
import { useFormatters } from '@/hooks/use-formatters';
import { useReportPeriods } from '@/hooks/use-report-periods';

/** The chains whose task force missed status reports, each with the periods it missed. */
export function MissingReports({ chains }: { chains: OverviewChain[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const periods = useReportPeriods();
  const late = chains.flatMap((chain) =>
    chain.reportSchedule && chain.reportSchedule.missing.length > 0
      ? [{ chain, schedule: chain.reportSchedule }]
      : [],
  );
  return (
    <section className="overview-section" aria-labelledby="missing-reports-title">
      <h2 id="missing-reports-title" className="overview-section__title">
        {t('overview.missingReports.title')}
      </h2>
      {late.length === 0 ? (
        <p className="chain-card__muted">{t('overview.missingReports.none')}</p>
      ) : (
        <ul className="missing-reports">
          {late.map(({ chain, schedule }) => (
            <li key={chain.id}>
              <Link to="/chains/$chainId" params={{ chainId: chain.id }}>
                {format.name(chain)}
              </Link>{' '}
              {t('overview.missingReports.item', {
                count: schedule.missing.length,
                cadence: t(`reportCadence.${schedule.cadence}`),
                periods: periods.list(schedule.cadence, schedule.missing),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
