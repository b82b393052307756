import { useTranslation } from 'react-i18next';
import type { KeyIndicator } from '@server/contract/overview';
import { IndicatorRatingLabel } from '@/components/status/indicator-rating-label';
import { useFormatters } from '@/hooks/use-formatters';
import { useIndicatorFormat } from '@/hooks/use-indicator-format';
import { unitKey } from '@/lib/indicator-units';
import { KeyIndicatorChart } from '@/features/briefs/components/key-indicator-chart';

/** As many charts as fit across the page; the table lists every key indicator. */
const CHARTS = 3;

/** Key indicators: the latest value against target in a table, the trend of the first few drawn. */
export function ChainKeyIndicators({ indicators }: { indicators: KeyIndicator[] }) {
  const { t } = useTranslation('briefs');
  const format = useFormatters();
  const figure = useIndicatorFormat();
  const unitLabel = (unit: string) => {
    const key = unitKey(unit);
    return key ? t(`briefs.chain.units.${key}`) : unit;
  };
  const charted = indicators.filter((indicator) => indicator.series.length > 0).slice(0, CHARTS);

  return (
    <section className="brief-section" aria-labelledby="brief-indicators">
      <h2 id="brief-indicators" className="brief-section__title">
        {t('briefs.chain.indicators')}
      </h2>
      {indicators.length === 0 ? (
        <p>{t('briefs.chain.noIndicators')}</p>
      ) : (
        <>
          <table className="brief-table">
            <caption className="visually-hidden">{t('briefs.chain.indicatorsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('briefs.chain.indicator')}</th>
                <th scope="col">{t('briefs.chain.period')}</th>
                <th scope="col" className="brief-table__number">
                  {t('briefs.chain.value')}
                </th>
                <th scope="col" className="brief-table__number">
                  {t('briefs.chain.target')}
                </th>
                <th scope="col">{t('briefs.chain.rating')}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator) => (
                <tr key={indicator.indicatorId}>
                  <th scope="row">{format.name(indicator)}</th>
                  <td>{indicator.period ?? '—'}</td>
                  <td className="brief-table__number">
                    {indicator.value === null
                      ? t('briefs.chain.notReported')
                      : figure(indicator.value, indicator.unit)}
                  </td>
                  <td className="brief-table__number">
                    {indicator.target === null ? '—' : figure(indicator.target, indicator.unit)}
                  </td>
                  <td>
                    {indicator.rating ? (
                      <IndicatorRatingLabel rating={indicator.rating} />
                    ) : (
                      t('briefs.chain.notReported')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {charted.length > 0 && (
            <div className="brief-charts">
              {charted.map((indicator) => (
                <figure key={indicator.indicatorId} className="brief-chart">
                  <figcaption className="brief-chart__title">
                    {t('briefs.chain.chartTitle', {
                      indicator: format.name(indicator),
                      unit: unitLabel(indicator.unit),
                    })}
                  </figcaption>
                  {/* The table above holds the figures; the drawing adds only their shape. */}
                  <div aria-hidden="true">
                    <KeyIndicatorChart series={indicator.series} />
                  </div>
                </figure>
              ))}
              <p className="brief-charts__note">{t('briefs.chain.chartNote')}</p>
            </div>
          )}
        </>
      )}
    </section>
  );
}
