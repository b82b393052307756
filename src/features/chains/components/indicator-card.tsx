import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EnterIndicatorValue } from '@/features/chains/components/edit/chain-edit-launchers';
import type { Indicator } from '@server/contract/indicators';
import { indicatorRatings } from '@server/contract/domain';
import { ratingColours } from '@/features/chains/components/indicator-rating';
import { IndicatorTable } from '@/features/chains/components/indicator-table';
import { RatingLabel } from '@/features/chains/components/rating-label';
import { useFormatters } from '@/hooks/use-formatters';
import { displayPoints } from '@/lib/display-points';

const IndicatorChart = lazy(() =>
  import('@/features/chains/components/indicator-chart').then((chart) => ({
    default: chart.IndicatorChart,
  })),
);

export function IndicatorCard({ chainId, indicator }: { chainId: number; indicator: Indicator }) {
  const { t } = useTranslation('chains');
  const format = useFormatters();
  const [showTable, setShowTable] = useState(false);
  const name = format.name(indicator);
  const headingId = `indicator-${indicator.id}-title`;
  const shownValues = useMemo(
    () => displayPoints(indicator.values, (value) => value.value),
    [indicator.values],
  );

  return (
    <section className="indicator-card" aria-labelledby={headingId}>
      <div className="indicator-card__head">
        <h3 id={headingId}>{name}</h3>
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={showTable}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {t('chains.indicators.showTable')}
        </button>
      </div>
      <p className="indicator-card__meta">
        {indicator.isKey && <span className="tag">{t('chains.indicators.key')}</span>}
        <EnterIndicatorValue chainId={chainId} indicator={indicator} />
        <span>{t(`indicatorFrequency.${indicator.frequency}`)}</span>
        {indicator.ownerDepartment && (
          <span>
            {t('chains.indicators.owner', { department: format.name(indicator.ownerDepartment) })}
          </span>
        )}
      </p>
      {showTable ? (
        <IndicatorTable indicator={indicator} chainId={chainId} />
      ) : (
        <>
          <div
            className="indicator-chart"
            role="img"
            aria-label={t('chains.indicators.chartLabel', { indicator: name })}
          >
            <Suspense
              fallback={
                <p className="indicator-chart__loading">{t('chains.indicators.chartLoading')}</p>
              }
            >
              <IndicatorChart indicator={indicator} values={shownValues} />
            </Suspense>
          </div>
          {shownValues.length < indicator.values.length && (
            <p className="indicator-card__note">
              {t('chains.indicators.pointsShown', {
                shown: shownValues.length,
                total: indicator.values.length,
              })}
            </p>
          )}
          <ul className="rating-legend">
            {indicatorRatings.map((rating) => (
              <li key={rating}>
                <span
                  className="rating-legend__swatch"
                  style={{ background: ratingColours[rating] }}
                  aria-hidden="true"
                />
                <RatingLabel rating={rating} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
