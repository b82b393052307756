import { useTranslation } from 'react-i18next';
import type { OverviewChain } from '@server/contract/overview';
import { ChainCard } from '@/features/overview/components/chain-card';

export function ChainCards({ chains }: { chains: OverviewChain[] }) {
  const { t } = useTranslation();
  return (
    <section className="overview-section" aria-labelledby="chain-cards-title">
      <h2 id="chain-cards-title" className="overview-section__title">
        {t('overview.cards.title')}
      </h2>
      <div className="chain-cards">
        {chains.map((chain) => (
          <ChainCard key={chain.id} chain={chain} />
        ))}
      </div>
    </section>
  );
}
