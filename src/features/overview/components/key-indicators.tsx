import { useTranslation } from 'react-i18next';
import type { KeyIndicator } from '@server/contract/overview';
import { IndicatorRatingLabel } from '@/components/status/indicator-rating-label';
import { useIndicatorFormat } from '@/hooks/use-indicator-format';
import { useFormatters } from '@/hooks/use-formatters';

/** How many key indicators a card has room for. */
const SHOWN = 3;

/** A chain's key indicators: the latest value against its target, rated. */
export function KeyIndicators({ indicators }: { indicators: KeyIndicator[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const figure = useIndicatorFormat();
  if (indicators.length === 0) {
    return <p className="chain-card__muted">{t('overview.card.noIndicators')}</p>;
  }

  return (
    <ul className="kpis">
      {indicators.slice(0, SHOWN).map((indicator) => (
        <li key={indicator.indicatorId} className={`kpi kpi--${indicator.rating ?? 'none'}`}>
          <span className="kpi__name">{format.name(indicator)}</span>
          {indicator.value === null ? (
            <span className="kpi__value">{t('common.notRecorded')}</span>
          ) : (
            <span className="kpi__value numeric">{figure(indicator.value, indicator.unit)}</span>
          )}
          {indicator.rating && <IndicatorRatingLabel rating={indicator.rating} />}
          {indicator.target !== null && (
            <span className="kpi__target">
              {t('overview.card.target', {
                target: figure(indicator.target, indicator.unit),
                period: indicator.period,
              })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
