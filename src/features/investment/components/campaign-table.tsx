import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { leadStagesInOrder } from '@server/contract/investment-writes';
import type { CampaignListItem } from '@server/contract/investment';
import { QueryResult } from '@/components/feedback/query-result';
import { useCampaigns } from '@/features/investment/api/get-campaigns';
import {
  AddCampaign,
  EditCampaign,
} from '@/features/investment/components/edit/campaign-launchers';
import { useFormatters } from '@/hooks/use-formatters';

/** 招商活动 with what each brought: leads met by their stage now, projects and investment signed. */
export function CampaignTable() {
  const { t } = useTranslation('investment');
  const campaigns = useCampaigns();
  return (
    <section className="panel" aria-labelledby="investment-campaigns-title">
      <div className="investment-page__heading">
        <h2 id="investment-campaigns-title">{t('investment.campaigns.title')}</h2>
        <AddCampaign />
      </div>
      <QueryResult query={campaigns}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('investment.campaigns.empty')}</p>
          ) : (
            <div className="data-table investment-wide-table">
              <table>
                <caption className="visually-hidden">
                  {t('investment.campaigns.tableCaption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('investment.campaigns.columns.name')}</th>
                    <th scope="col">{t('investment.campaigns.columns.city')}</th>
                    <th scope="col">{t('investment.campaigns.columns.dates')}</th>
                    <th scope="col">{t('investment.campaigns.columns.chains')}</th>
                    <th scope="col">{t('investment.campaigns.columns.leads')}</th>
                    <th scope="col">{t('investment.campaigns.columns.signed')}</th>
                    <th scope="col">{t('investment.campaigns.columns.investment')}</th>
                    <th scope="col">
                      <span className="visually-hidden">
                        {t('investment.campaigns.columns.actions')}
                      </span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((campaign) => (
                    <CampaignRow key={campaign.id} campaign={campaign} />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryResult>
    </section>
  );
}

function CampaignRow({ campaign }: { campaign: CampaignListItem }) {
  const { t } = useTranslation('investment');
  const format = useFormatters();
  const counts = new Map(campaign.leads.map((entry) => [entry.stage, entry.count]));
  const met = leadStagesInOrder.filter((stage) => (counts.get(stage) ?? 0) > 0);
  const city = format.name({ name: campaign.city, nameEn: campaign.cityEn });
  return (
    <tr>
      <th scope="row" className="campaign-table__name">
        <Link to="/investment/leads" search={{ campaign: campaign.id }}>
          {format.name(campaign)}
        </Link>
      </th>
      <td className="nowrap">{city}</td>
      <td className="nowrap">
        {t('investment.campaigns.dateRange', {
          from: format.date(campaign.startsOn),
          to: format.date(campaign.endsOn),
        })}
      </td>
      <td>{format.list(campaign.chains.map((chain) => format.name(chain)))}</td>
      <td>
        {met.length === 0
          ? t('investment.campaigns.noLeads')
          : met
              .map((stage) =>
                t('investment.campaigns.leadsByStage', {
                  stage: t(`leadStage.${stage}`),
                  count: counts.get(stage) ?? 0,
                }),
              )
              .join(' · ')}
      </td>
      <td className="investment-number">{format.number(campaign.signedProjects)}</td>
      <td className="investment-number">{format.yi(campaign.signedInvestmentYi)}</td>
      <td>
        <EditCampaign campaign={campaign} />
      </td>
    </tr>
  );
}
