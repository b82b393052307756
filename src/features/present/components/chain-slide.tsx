import { useTranslation } from 'react-i18next';
import type { OverviewChain } from '@server/contract/overview';
import { FiveOneStateLabel } from '@/components/status/five-one-state-label';
import { IndicatorRatingLabel } from '@/components/status/indicator-rating-label';
import { RagStatusLabel } from '@/components/status/rag-status-label';
import { useAlertText } from '@/hooks/use-alert-text';
import { useFormatters } from '@/hooks/use-formatters';
import { useIndicatorFormat } from '@/hooks/use-indicator-format';
import { IndicatorTrendChart } from '@/features/present/components/indicator-trend-chart';
import { SlideHead } from '@/features/present/components/slide-head';
import { fiveOneItems } from '@/features/present/five-one-items';

/** How many key indicators and alerts a slide has room for at projector type sizes. */
const SHOWN = 3;

/** One chain for the meeting: its status, five ones, key indicators against target and alerts. */
export function ChainSlide({ chain }: { chain: OverviewChain }) {
  const { t } = useTranslation(['present', 'translation']);
  const format = useFormatters();
  const figure = useIndicatorFormat();
  const alertText = useAlertText();
  const indicators = chain.keyIndicators.slice(0, SHOWN);
  const charted = chain.keyIndicators.find((indicator) => indicator.series.length > 0);

  return (
    <section className="slide slide--chain" aria-labelledby="slide-title">
      <SlideHead chain={chain} />
      <div className="slide-chain">
        <div className="slide-chain__status">
          <p className="slide-status">
            <span className="slide-label">{t('overview.card.status')}</span>
            <RagStatusLabel status={chain.status} />
          </p>
          {/* Notes are typed by the city's task forces, in Chinese, on either language's page. */}
          <p className="slide-note" lang="zh-CN">
            {chain.statusNote ?? t('overview.card.noNote')}
          </p>
          <h2 className="slide-subtitle">{t('overview.matrix.title')}</h2>
          <ul className="slide-five-ones">
            {fiveOneItems.map((item) => (
              <li key={item}>
                <span>{t(`fiveOnes.items.${item}`)}</span>
                <FiveOneStateLabel state={chain.fiveOnes[item]} />
              </li>
            ))}
          </ul>
          <h2 className="slide-subtitle">{t('overview.alerts.title')}</h2>
          {chain.alerts.length === 0 ? (
            <p className="slide-muted">{t('overview.alerts.none')}</p>
          ) : (
            <ul className="slide-alerts">
              {chain.alerts.slice(0, SHOWN).map((alert) => (
                <li key={alert.kind}>
                  <span aria-hidden="true">⚠ </span>
                  {alertText(alert)}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="slide-chain__figures">
          {indicators.length === 0 ? (
            <p className="slide-muted">{t('overview.card.noIndicators')}</p>
          ) : (
            <ul className="slide-kpis">
              {indicators.map((indicator) => (
                <li key={indicator.indicatorId} className="slide-kpi">
                  <span className="slide-kpi__name">{format.name(indicator)}</span>
                  <span className="slide-kpi__value slide-number">
                    {indicator.value === null
                      ? t('common.notRecorded')
                      : figure(indicator.value, indicator.unit)}
                  </span>
                  <span className="slide-kpi__target">
                    {indicator.target !== null &&
                      t('overview.card.target', {
                        target: figure(indicator.target, indicator.unit),
                        period: indicator.period,
                      })}
                  </span>
                  {indicator.rating && <IndicatorRatingLabel rating={indicator.rating} />}
                </li>
              ))}
            </ul>
          )}
          {charted && <IndicatorTrendChart indicator={charted} />}
        </div>
      </div>
    </section>
  );
}
