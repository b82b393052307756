import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { OverviewChain } from '@server/contract/overview';
import { ChainAlerts } from '@/features/overview/components/chain-alerts';
import { ChainCounts } from '@/features/overview/components/chain-counts';
import { IndicatorSparkline } from '@/features/overview/components/indicator-sparkline';
import { KeyIndicators } from '@/features/overview/components/key-indicators';
import { RagStatusLabel } from '@/components/status/rag-status-label';
import { useFormatters } from '@/hooks/use-formatters';

/** One chain at a glance: status, key indicators against target, counts and alerts. */
export function ChainCard({ chain }: { chain: OverviewChain }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const titleId = `chain-card-${chain.id}`;
  const alertsId = `chain-card-${chain.id}-alerts`;
  const [trend] = chain.keyIndicators;

  return (
    <article className={`chain-card chain-card--${chain.status}`} aria-labelledby={titleId}>
      <header className="chain-card__head">
        <h3 id={titleId} className="chain-card__title">
          <Link to="/chains/$chainId" params={{ chainId: chain.id }}>
            {format.name(chain)}
          </Link>
        </h3>
        <p className="chain-card__meta">
          {t(`category.${chain.category}`)} · {t('overview.card.leader')}{' '}
          <span lang="zh-CN">{chain.leaderName}</span>
        </p>
      </header>
      <p className="chain-card__status">
        <span className="chain-card__label">{t('overview.card.status')}</span>
        <RagStatusLabel status={chain.status} />
      </p>
      {/* Notes are typed by the city's task forces, in Chinese, on either language's page. */}
      {chain.statusNote ? (
        <p className="chain-card__note" lang="zh-CN">
          {chain.statusNote}
        </p>
      ) : (
        <p className="chain-card__muted">{t('overview.card.noNote')}</p>
      )}
      <KeyIndicators indicators={chain.keyIndicators} />
      {trend && <IndicatorSparkline indicator={trend} />}
      <ChainCounts counts={chain.counts} />
      <h4 id={alertsId} className="chain-card__subtitle">
        {t('overview.alerts.title')}
      </h4>
      <ChainAlerts alerts={chain.alerts} labelledBy={alertsId} />
    </article>
  );
}
