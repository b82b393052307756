import type { Overview } from '@server/contract/overview';
import type { Screen } from '@server/contract/screen';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/hooks/use-formatters';
import { ChainsWall } from '@/features/screen/components/chains-wall';
import { DistrictMap } from '@/features/screen/components/district-map';
import { HeadlinePanel } from '@/features/screen/components/headline-panel';
import { InvestmentPanel } from '@/features/screen/components/investment-panel';
import { ProblemsPanel } from '@/features/screen/components/problems-panel';
import { ProjectsPanel } from '@/features/screen/components/projects-panel';

/**
 * The city on one canvas. The grid's named areas place the panels (screen.css); a panel added
 * later (the technology records, say) takes an area of its own there.
 */
export function CityScreen({ overview, screen }: { overview: Overview; screen: Screen }) {
  const { t } = useTranslation('screen');
  const format = useFormatters();
  const overviewDate = t('screen.figureDate', { date: format.date(overview.asOf) });
  const screenDate = t('screen.figureDate', { date: format.date(screen.asOf) });
  return (
    <div className="screen-grid screen-grid--city">
      <HeadlinePanel headline={overview.headline} date={overviewDate} />
      <ProblemsPanel problems={screen.problems} date={screenDate} />
      <ChainsWall chains={overview.chains} date={overviewDate} />
      <DistrictMap districts={screen.districts} date={screenDate} />
      <InvestmentPanel investment={screen.investment} date={screenDate} />
      <ProjectsPanel stages={screen.projectsByStage} date={screenDate} />
    </div>
  );
}
