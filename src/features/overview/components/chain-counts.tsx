import { useTranslation } from 'react-i18next';
import type { OverviewChain } from '@server/contract/overview';

/** A chain's firms, parks, projects and problems, each a term and its count. */
export function ChainCounts({ counts }: { counts: OverviewChain['counts'] }) {
  const { t } = useTranslation();
  const items = [
    ['firms', t('units.firms', { count: counts.firms })],
    ['parks', t('units.items', { count: counts.parks })],
    ['projects', t('units.items', { count: counts.projects })],
    ['unresolvedProblems', t('units.items', { count: counts.unresolvedProblems })],
    ['overdueProblems', t('units.items', { count: counts.overdueProblems })],
  ] as const;

  return (
    <dl className="chain-counts">
      {items.map(([key, value]) => (
        <div key={key} className="chain-counts__item">
          <dt>{t(`overview.counts.${key}`)}</dt>
          <dd className="numeric">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
