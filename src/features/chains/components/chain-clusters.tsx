import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Cluster } from '@server/contract/clusters';
import { EmptyState } from '@/components/feedback/empty-state';
import { useFormatters } from '@/hooks/use-formatters';

export function ChainClusters({ clusters }: { clusters: Cluster[] }) {
  const { t } = useTranslation('chains');
  const format = useFormatters();
  return (
    <section className="panel" aria-labelledby="chain-clusters-title">
      <h2 id="chain-clusters-title">{t('chains.clusters.title')}</h2>
      {clusters.length === 0 ? (
        <EmptyState>{t('chains.clusters.empty')}</EmptyState>
      ) : (
        <ul className="chain-list">
          {clusters.map((cluster) => (
            <li key={cluster.id}>
              <Link to="/clusters/$clusterId" params={{ clusterId: cluster.id }}>
                {format.name(cluster)}
              </Link>
              <span className="tag">
                <span className="visually-hidden">{t('chains.clusters.level')} </span>
                {t(`clusterLevel.${cluster.level}`)}
              </span>
              <span className="tag">
                <span className="visually-hidden">{t('chains.clusters.status')} </span>
                {t(`clusterStatus.${cluster.status}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
