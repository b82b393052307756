import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryResult } from '@/components/feedback/query-result';
import { overdueProblemsQueryOptions } from '@/app/briefs/brief-queries';
import { BriefSheet } from '@/features/briefs/components/brief-sheet';
import { BriefSource } from '@/features/briefs/components/brief-source';
import { ChainBrief } from '@/features/briefs/components/chain-brief';
import { useChain } from '@/features/chains/api/get-chain';
import { useChainInvestment } from '@/features/investment/api/get-chain-investment';
import { useChainIndicators } from '@/features/chains/api/get-chain-indicators';
import { useOverview } from '@/features/overview/api/get-overview';
import { ChainAlerts } from '@/features/overview/components/chain-alerts';
import { useFormatters } from '@/hooks/use-formatters';

const route = getRouteApi('/chains/$chainId/brief');

/**
 * A chain's brief, from five answers: the chain, its indicators (for their sources), the
 * overview (its key indicators, alerts and as-of date, as the overview shows them), its
 * overdue problems and its 招商 (funnel, gaps, supply list). The page shows once all five are in, so a print never catches it half drawn.
 */
export function ChainBriefPage() {
  const { t } = useTranslation('briefs');
  const format = useFormatters();
  const { chainId } = route.useParams();
  const chain = useChain(chainId);
  const indicators = useChainIndicators(chainId);
  const overview = useOverview();
  const overdue = useQuery(overdueProblemsQueryOptions(chainId));
  const investment = useChainInvestment(chainId);

  return (
    <div className="page">
      <QueryResult query={chain}>
        {(chainData) => (
          <QueryResult query={overview}>
            {(overviewData) => (
              <QueryResult query={indicators}>
                {(indicatorData) => (
                  <QueryResult query={overdue}>
                    {(overdueData) => (
                      <QueryResult query={investment}>
                        {(investmentData) => {
                          const summary = overviewData.chains.find((c) => c.id === chainData.id);
                          const sources = new Set(indicatorData.indicators.map((i) => i.source));
                          return (
                            <BriefSheet
                              kind={t('briefs.chain.kind')}
                              title={format.name(chainData)}
                              back={
                                <Link to="/chains/$chainId" params={{ chainId }}>
                                  <span aria-hidden="true">← </span>
                                  {t('briefs.chain.back')}
                                </Link>
                              }
                              footer={
                                <BriefSource
                                  asOf={overviewData.asOf}
                                  dataset={overviewData.dataset}
                                  indicatorSources={[...sources]}
                                />
                              }
                            >
                              <ChainBrief
                                chain={chainData}
                                keyIndicators={summary?.keyIndicators ?? []}
                                alerts={
                                  <ChainAlerts
                                    alerts={summary?.alerts ?? []}
                                    labelledBy="brief-attention"
                                  />
                                }
                                overdueProblems={overdueData}
                                investment={investmentData}
                              />
                            </BriefSheet>
                          );
                        }}
                      </QueryResult>
                    )}
                  </QueryResult>
                )}
              </QueryResult>
            )}
          </QueryResult>
        )}
      </QueryResult>
    </div>
  );
}
