import { useTranslation } from 'react-i18next';
import type { Funnel } from '@server/contract/investment';
import { useFormatters } from '@/hooks/use-formatters';

/** The funnel's figures, stage by stage: what the chart draws, readable and copyable. */
export function FunnelTable({ funnel, scope }: { funnel: Funnel; scope: string }) {
  const { t } = useTranslation('investment');
  const format = useFormatters();
  return (
    <div className="data-table">
      <table>
        <caption className="visually-hidden">
          {t('investment.funnel.tableCaption', { scope })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('investment.funnel.columns.stage')}</th>
            <th scope="col">{t('investment.funnel.columns.reached')}</th>
            <th scope="col">{t('investment.funnel.columns.current')}</th>
            <th scope="col">{t('investment.funnel.columns.conversion')}</th>
            <th scope="col">{t('investment.funnel.columns.investment')}</th>
          </tr>
        </thead>
        <tbody>
          {funnel.stages.map((stage) => (
            <tr key={stage.stage}>
              <th scope="row">{t(`leadStage.${stage.stage}`)}</th>
              <td className="investment-number">{format.number(stage.reached)}</td>
              <td className="investment-number">{format.number(stage.current)}</td>
              <td className="investment-number">
                {stage.conversionPercent === null
                  ? t('investment.funnel.noConversion')
                  : format.percent(stage.conversionPercent / 100)}
              </td>
              <td className="investment-number">{format.number(stage.investmentYi, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
