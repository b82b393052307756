import { useTranslation } from 'react-i18next';
import { chainCategories } from '@server/contract/domain';
import type { OverviewChain } from '@server/contract/overview';
import { ChainTable } from '@/features/overview/components/chain-table';

/** The five ones of every shown chain, one table per category. */
export function ChainMatrix({ chains }: { chains: OverviewChain[] }) {
  const { t } = useTranslation();
  const groups = chainCategories
    .map((category) => ({ category, chains: chains.filter((c) => c.category === category) }))
    .filter((group) => group.chains.length > 0);

  return (
    <section className="overview-section" aria-labelledby="five-ones-title">
      <h2 id="five-ones-title" className="overview-section__title">
        {t('overview.matrix.title')}
      </h2>
      <p className="matrix-intro">{t('overview.fiveOnesIntro')}</p>
      {groups.map((group) => {
        const headingId = `chain-group-${group.category}`;
        return (
          <div key={group.category} className="chain-group">
            <h3 id={headingId} className="chain-group__title">
              {t(`category.${group.category}`)}
            </h3>
            <div className="chain-matrix">
              <ChainTable chains={group.chains} labelledBy={headingId} />
            </div>
          </div>
        );
      })}
    </section>
  );
}
