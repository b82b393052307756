import { useTranslation } from 'react-i18next';
import { ExportButtons } from '@/components/export/export-buttons';
import { EmptyState } from '@/components/feedback/empty-state';
import { QueryResult } from '@/components/feedback/query-result';
import { useChainIndicators } from '@/features/chains/api/get-chain-indicators';
import { IndicatorCard } from '@/features/chains/components/indicator-card';
import { ImportButton } from '@/components/imports/import-button';

export function ChainIndicators({ chainId }: { chainId: number }) {
  const { t } = useTranslation('chains');
  const query = useChainIndicators(chainId);
  return (
    <section className="panel" aria-labelledby="chain-indicators-title">
      <h2 id="chain-indicators-title">{t('chains.indicators.title')}</h2>
      <ImportButton kind="indicator-values" chainId={chainId} />
      <p className="chain-section__intro">{t('chains.indicators.intro')}</p>
      <ExportButtons list="indicator-values" search={{ chain: chainId }} />
      <QueryResult query={query}>
        {({ indicators }) =>
          indicators.length === 0 ? (
            <EmptyState>{t('chains.indicators.empty')}</EmptyState>
          ) : (
            <div className="indicator-grid">
              {indicators
                .toSorted((a, b) => a.sortOrder - b.sortOrder)
                .map((indicator) => (
                  <IndicatorCard key={indicator.id} chainId={chainId} indicator={indicator} />
                ))}
            </div>
          )
        }
      </QueryResult>
    </section>
  );
}
