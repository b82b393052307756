import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Funnel } from '@server/contract/investment';
import { FunnelTable } from '@/features/investment/components/funnel-table';
import { useFormatters } from '@/hooks/use-formatters';

// Recharts loads with the first chart, not with the page.
const FunnelChart = lazy(() =>
  import('@/features/investment/components/funnel-chart').then((chart) => ({
    default: chart.FunnelChart,
  })),
);

interface FunnelSectionProps {
  funnel: Funnel;
  /** What the funnel covers, in words: 全市 or the chain's name. */
  scope: string;
  stalledAfterDays: number;
}

/** The funnel as a chart, its table, and the dropped and stalled leads below. */
export function FunnelSection({ funnel, scope, stalledAfterDays }: FunnelSectionProps) {
  const { t } = useTranslation('investment');
  const format = useFormatters();
  const chain = funnel.chain?.id;
  const empty = funnel.stages.every((stage) => stage.reached === 0) && funnel.dropped.count === 0;
  return (
    <div className="funnel">
      {empty ? (
        <p>{t('investment.funnel.empty')}</p>
      ) : (
        <div className="funnel__body">
          <figure className="funnel__chart" aria-hidden="true">
            <Suspense fallback={<div className="funnel-chart-placeholder" />}>
              <FunnelChart stages={funnel.stages} />
            </Suspense>
          </figure>
          <div className="funnel__table">
            <FunnelTable funnel={funnel} scope={scope} />
          </div>
        </div>
      )}
      <ul className="funnel__notes">
        <li>
          {t('investment.funnel.dropped', {
            count: funnel.dropped.count,
            investment: format.yi(funnel.dropped.investmentYi),
          })}
        </li>
        <li>
          <Link to="/investment/leads" search={{ chain, stalled: true }}>
            {t('investment.funnel.stalled', { count: funnel.stalled, days: stalledAfterDays })}
          </Link>
        </li>
        <li>
          <Link to="/investment/leads" search={{ chain }}>
            {t('investment.funnel.viewLeads')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
