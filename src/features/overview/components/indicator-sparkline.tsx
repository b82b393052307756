import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyIndicator } from '@server/contract/overview';
import { useFormatters } from '@/hooks/use-formatters';

const SparklineChart = lazy(() =>
  import('@/features/overview/components/sparkline-chart').then((chart) => ({
    default: chart.SparklineChart,
  })),
);

/**
 * The indicator's recent quarters as a line against its dashed target. The drawing is hidden from
 * screen readers: the caption and the figures beside it say what it shows.
 */
export function IndicatorSparkline({ indicator }: { indicator: KeyIndicator }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const first = indicator.series.at(0);
  const last = indicator.series.at(-1);
  if (!first || !last) return null;

  return (
    <figure className="sparkline-figure">
      <div className="sparkline" aria-hidden="true">
        <Suspense fallback={null}>
          <SparklineChart series={indicator.series} />
        </Suspense>
      </div>
      <figcaption className="sparkline-figure__caption">
        {t('overview.card.trend', {
          indicator: format.name(indicator),
          from: first.period,
          to: last.period,
        })}
      </figcaption>
    </figure>
  );
}
