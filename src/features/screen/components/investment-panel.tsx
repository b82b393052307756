import { useTranslation } from 'react-i18next';
import type { Screen } from '@server/contract/screen';
import { useFormatters } from '@/hooks/use-formatters';
import { MonthBars, Meter } from '@/features/screen/components/bars';
import { Figure, Panel } from '@/features/screen/components/panel';

/** 补链招商: the funnel by stage (leads there now) and the signed investment per month. */
export function InvestmentPanel({
  investment,
  date,
}: {
  investment: Screen['investment'];
  date: string;
}) {
  const { t } = useTranslation('screen');
  const { t: tDomain } = useTranslation();
  const format = useFormatters();
  const { stages } = investment.funnel;
  const top = Math.max(...stages.map((stage) => stage.current));
  const signedYi = investment.signedByMonth.reduce((sum, month) => sum + month.investmentYi, 0);
  return (
    <Panel title={t('screen.investment.title')} date={date} area="investment">
      <h3 className="screen-subtitle">{t('screen.investment.funnel')}</h3>
      <ul className="screen-rows">
        {stages.map((stage) => (
          <li key={stage.stage} className="screen-row">
            <span className="screen-row__label">{tDomain(`leadStage.${stage.stage}`)}</span>
            <Meter value={stage.current} top={top} />
            <span className="screen-row__value">{format.number(stage.current)}</span>
          </li>
        ))}
      </ul>
      <h3 className="screen-subtitle">{t('screen.investment.signedByMonth')}</h3>
      <div className="screen-split">
        <Figure value={format.number(signedYi, 0)} label={t('screen.investment.signedTotal')} />
        <MonthBars
          label={t('screen.investment.signedByMonth')}
          months={investment.signedByMonth.map((month) => ({
            month: month.month,
            value: month.investmentYi,
          }))}
        />
      </div>
    </Panel>
  );
}
