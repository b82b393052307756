import { useTranslation } from 'react-i18next';
import { ragStatuses } from '@server/contract/domain';
import type { OverviewChain } from '@server/contract/overview';
import { RagStatusLabel } from '@/components/status/rag-status-label';
import { StatusMark } from '@/features/briefs/components/status-mark';

/** How many chains stand at each status, above the city brief's table of chains. */
export function StatusTally({ chains }: { chains: OverviewChain[] }) {
  const { t } = useTranslation('briefs');
  return (
    <section className="brief-section" aria-labelledby="brief-statuses">
      <h2 id="brief-statuses" className="brief-section__title">
        {t('briefs.city.statuses')}
      </h2>
      <ul className="brief-tally">
        {ragStatuses.map((status) => (
          <li key={status}>
            <StatusMark status={status} />
            <RagStatusLabel status={status} />{' '}
            {t('briefs.city.statusCount', {
              count: chains.filter((chain) => chain.status === status).length,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
