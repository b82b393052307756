import { useTranslation } from 'react-i18next';
import type { Screen } from '@server/contract/screen';
import { useFormatters } from '@/hooks/use-formatters';
import { Meter } from '@/features/screen/components/bars';
import { Figure, Panel } from '@/features/screen/components/panel';

/** The projects by stage, each with its count and investment. */
export function ProjectsPanel({
  stages,
  date,
}: {
  stages: Screen['projectsByStage'];
  date: string;
}) {
  const { t } = useTranslation('screen');
  const { t: tDomain } = useTranslation();
  const format = useFormatters();
  const total = stages.reduce((sum, stage) => sum + stage.count, 0);
  const top = Math.max(...stages.map((stage) => stage.investmentYi));
  return (
    <Panel title={t('screen.projects.title')} date={date} area="projects">
      <Figure value={format.number(total)} label={t('screen.projects.total')} />
      <ul className="screen-rows screen-rows--tall">
        {stages.map((stage) => (
          <li key={stage.stage} className="screen-stage">
            <span className="screen-stage__head">
              <span className="screen-row__label">{tDomain(`projectStage.${stage.stage}`)}</span>
              <span className="screen-row__value">
                {t('screen.projects.stage', {
                  count: stage.count,
                  amount: format.number(stage.investmentYi, 0),
                })}
              </span>
            </span>
            <Meter value={stage.investmentYi} top={top} />
          </li>
        ))}
      </ul>
    </Panel>
  );
}
