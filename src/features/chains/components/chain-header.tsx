import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ChainDetail } from '@server/contract/chains';
import { RagStatusLabel } from '@/components/status/rag-status-label';
import { useFormatters } from '@/hooks/use-formatters';
import { EditChainStatus } from '@/features/chains/components/edit/chain-edit-launchers';
import { DataText } from '@/components/vocabulary/data-text';

export function ChainHeader({ chain }: { chain: ChainDetail }) {
  const { t } = useTranslation('chains');
  const format = useFormatters();
  const leader = [chain.leaderName, chain.leaderTitle].filter(Boolean).join(' · ');

  return (
    <section className="chain-header" aria-labelledby="chain-title">
      <Link to="/" className="chain-header__back">
        <span aria-hidden="true">← </span>
        {t('chains.backToOverview')}
      </Link>
      <div className="page__title-row">
        <h1 id="chain-title" className="page__title">
          {format.name(chain)}
        </h1>
        <Link to="/changes" search={{ chain: chain.id }} className="button button--quiet">
          {t('chains.changes')}
        </Link>
        <Link to="/chains/$chainId/brief" params={{ chainId: chain.id }} className="print-action">
          {t('chains.printBrief')}
        </Link>
      </div>
      <dl className="detail-list chain-header__facts">
        <dt>{t('chains.header.category')}</dt>
        <dd>{t(`category.${chain.category}`)}</dd>
        <dt>{t('chains.header.leader')}</dt>
        <dd>
          <DataText>{leader}</DataText>
        </dd>
        <dt>{t('chains.header.leadDepartment')}</dt>
        <dd>
          {chain.leadDepartment ? (
            <DataText>{format.name(chain.leadDepartment)}</DataText>
          ) : (
            t('common.none')
          )}
        </dd>
        <dt>{t('chains.header.status')}</dt>
        <dd>
          <RagStatusLabel status={chain.status} />
        </dd>
        {chain.statusNote && (
          <>
            <dt>{t('chains.header.statusNote')}</dt>
            <dd>
              <DataText>{chain.statusNote}</DataText>
            </dd>
          </>
        )}
        {chain.statusSetBy && (
          <>
            <dt>{t('chains.header.statusSetBy')}</dt>
            <dd>
              <DataText>{chain.statusSetBy}</DataText>
            </dd>
          </>
        )}
        <dt>{t('chains.header.statusUpdatedAt')}</dt>
        <dd>{format.dateTime(chain.statusUpdatedAt)}</dd>
      </dl>
      <EditChainStatus chain={chain} />
      <ChainCounts chain={chain} />
    </section>
  );
}

function ChainCounts({ chain }: { chain: ChainDetail }) {
  const { t } = useTranslation('chains');
  const format = useFormatters();
  const counts = [
    ['firms', chain.firmCount],
    ['parks', chain.parks.length],
    ['projects', chain.projects.count],
    ['problems', chain.problems.total],
  ] as const;
  return (
    <div className="chain-header-counts">
      <dl className="chain-header-counts__list">
        {counts.map(([key, count]) => (
          <div key={key} className="chain-header-counts__item">
            <dt>{t(`chains.counts.${key}`)}</dt>
            <dd>{format.number(count)}</dd>
          </div>
        ))}
      </dl>
      <Link to="/firms" search={{ chain: chain.id }}>
        {t('chains.counts.allFirms')}
      </Link>
    </div>
  );
}
