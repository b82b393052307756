import { useTranslation } from 'react-i18next';
import { chainCategories } from '@server/contract/domain';
import type { OverviewChain } from '@server/contract/overview';
import { ChainTable } from '@/features/overview/components/chain-table';

export function ChainMatrix({ chains }: { chains: OverviewChain[] }) {
  const { t } = useTranslation();
  if (chains.length === 0) return <p className="empty-state">{t('overview.empty')}</p>;

  const groups = chainCategories
    .map((category) => ({ category, chains: chains.filter((c) => c.category === category) }))
    .filter((group) => group.chains.length > 0);

  return (
    <>
      <p className="matrix-intro">{t('overview.fiveOnesIntro')}</p>
      {groups.map((group) => {
        const headingId = `chain-group-${group.category}`;
        return (
          <section key={group.category} className="chain-group" aria-labelledby={headingId}>
            <h2 id={headingId} className="chain-group__title">
              {t(`category.${group.category}`)}
            </h2>
            <ChainTable chains={group.chains} labelledBy={headingId} />
          </section>
        );
      })}
    </>
  );
}
