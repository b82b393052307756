import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Funnel } from '@server/contract/investment';
import { leadPipelineStages } from '@server/contract/domain';
import { useFormatters } from '@/hooks/use-formatters';

/** One row per chain: leads that reached each stage, signed, signed investment, stalled. */
export function ChainComparison({ chains }: { chains: Funnel[] }) {
  const { t } = useTranslation('investment');
  const format = useFormatters();
  return (
    <section className="panel" aria-labelledby="investment-chains-title">
      <h2 id="investment-chains-title">{t('investment.funnel.chainsTitle')}</h2>
      <div className="data-table investment-wide-table">
        <table>
          <caption className="visually-hidden">{t('investment.funnel.chainsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('investment.funnel.chainColumn')}</th>
              {leadPipelineStages.map((stage) => (
                <th scope="col" key={stage}>
                  {t(`leadStage.${stage}`)}
                </th>
              ))}
              <th scope="col">{t('investment.funnel.signedInvestment')}</th>
              <th scope="col">{t('investment.funnel.stalledColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {chains.map((funnel) => {
              const chain = funnel.chain;
              const byStage = new Map(funnel.stages.map((stage) => [stage.stage, stage]));
              return (
                <tr key={chain?.id ?? 0}>
                  <th scope="row">
                    {chain ? (
                      <Link to="/investment/leads" search={{ chain: chain.id }}>
                        {format.name(chain)}
                      </Link>
                    ) : null}
                  </th>
                  {leadPipelineStages.map((stage) => (
                    <td className="investment-number" key={stage}>
                      {format.number(byStage.get(stage)?.reached ?? 0)}
                    </td>
                  ))}
                  <td className="investment-number">
                    {format.yi(byStage.get('signed')?.investmentYi ?? 0)}
                  </td>
                  <td className="investment-number">{format.number(funnel.stalled)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
