import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryResult } from '@/components/feedback/query-result';
import { ChainFilter } from '@/components/list/chain-filter';
import { useFunnel } from '@/features/investment/api/get-funnel';
import { CampaignTable } from '@/features/investment/components/campaign-table';
import { ChainComparison } from '@/features/investment/components/chain-comparison';
import { FunnelSection } from '@/features/investment/components/funnel-section';
import { useFormatters } from '@/hooks/use-formatters';
import '@/features/investment/investment.css';

const route = getRouteApi('/investment');

/** 补链招商 for the city: the funnel (the city's or a chain's), the chains compared, campaigns. */
export function InvestmentPage() {
  const { t } = useTranslation('investment');
  const format = useFormatters();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const funnel = useFunnel({ chain: search.chain });
  return (
    <div className="page investment-page">
      <div className="page__title-row">
        <h1 className="page__title">{t('investment.title')}</h1>
        <Link to="/investment/leads" className="button button--quiet">
          {t('investment.leads.title')}
        </Link>
        <Link to="/investment/target-firms" className="button button--quiet">
          {t('investment.targetFirms.title')}
        </Link>
      </div>
      <section className="panel" aria-labelledby="investment-funnel-title">
        <div className="investment-page__heading">
          <h2 id="investment-funnel-title">{t('investment.funnel.title')}</h2>
          <ChainFilter
            label={t('investment.funnel.scope')}
            value={search.chain}
            onChange={(chain) => void navigate({ search: { chain }, replace: true })}
          />
        </div>
        <p className="investment-page__intro">{t('investment.funnel.intro')}</p>
        <QueryResult query={funnel}>
          {(data) => (
            <FunnelSection
              funnel={data.total}
              scope={data.total.chain ? format.name(data.total.chain) : t('investment.funnel.city')}
              stalledAfterDays={data.stalledAfterDays}
            />
          )}
        </QueryResult>
      </section>
      <QueryResult query={funnel}>{(data) => <ChainComparison chains={data.chains} />}</QueryResult>
      <CampaignTable />
    </div>
  );
}
