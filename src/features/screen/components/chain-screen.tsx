import { useTranslation } from 'react-i18next';
import type { ChainDetail } from '@server/contract/chains';
import type { ChainInvestment } from '@server/contract/investment';
import type { OverviewChain } from '@server/contract/overview';
import { useFormatters } from '@/hooks/use-formatters';
import { Figure, Panel } from '@/features/screen/components/panel';

/** Rows the panels have room for at 24 px; the rest are left to the chain's page. */
const LINKS_SHOWN = 9;
const INDICATORS_SHOWN = 4;
const ROWS_SHOWN = 3;

interface ChainScreenProps {
  chain: ChainDetail;
  investment: ChainInvestment | undefined;
  summary: OverviewChain | undefined;
}

/** One chain on the wall: its map with leads per link, indicators, projects, problems, task force. */
export function ChainScreen({ chain, investment, summary }: ChainScreenProps) {
  const { t } = useTranslation('screen');
  const format = useFormatters();
  const date = t('screen.figureDate', { date: format.date(chain.statusUpdatedAt.slice(0, 10)) });
  return (
    <div className="screen-grid screen-grid--chain">
      <ChainMapPanel chain={chain} investment={investment} date={date} />
      <IndicatorsPanel summary={summary} />
      <ProjectsPanel chain={chain} date={date} />
      <ProblemsPanel chain={chain} date={date} />
      <TaskForcePanel chain={chain} date={date} />
    </div>
  );
}

function ChainMapPanel({
  chain,
  investment,
  date,
}: Omit<ChainScreenProps, 'summary'> & { date: string }) {
  const { t } = useTranslation('screen');
  const format = useFormatters();
  const leadsOf = new Map(
    investment?.segments.flatMap((segment) =>
      segment.links.map((link) => [link.id, link.leads.length] as const),
    ) ?? [],
  );
  return (
    <Panel title={t('screen.chain.map')} date={date} area="map">
      <div className="screen-segments">
        {chain.chainMap.map((segment) => (
          <div key={segment.id} className="screen-segment">
            <h3 className="screen-subtitle">{format.name(segment)}</h3>
            <ul className="screen-rows">
              {segment.links.slice(0, LINKS_SHOWN).map((link) => (
                <li key={link.id} className={`screen-row screen-link--${link.strength}`}>
                  <span className="screen-row__name">{format.name(link)}</span>
                  <span className="screen-row__value">
                    {t('screen.chain.leads', { count: leadsOf.get(link.id) ?? 0 })}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </Panel>
  );
}

function IndicatorsPanel({ summary }: { summary: OverviewChain | undefined }) {
  const { t } = useTranslation('screen');
  const format = useFormatters();
  const indicators = summary?.keyIndicators.slice(0, INDICATORS_SHOWN) ?? [];
  const period = indicators.find((indicator) => indicator.period)?.period ?? '—';
  return (
    <Panel title={t('screen.chain.indicators')} date={period} area="indicators">
      <ul className="screen-rows">
        {indicators.length === 0 && (
          <li className="screen-row">{t('screen.chains.noIndicator')}</li>
        )}
        {indicators.map((indicator) => (
          <li key={indicator.indicatorId} className="screen-row">
            <span className="screen-row__name">{format.name(indicator)}</span>
            <span className={`screen-row__value screen-rating--${indicator.rating ?? 'none'}`}>
              {indicator.value === null || indicator.target === null
                ? '—'
                : t('screen.chains.indicator', {
                    value: format.number(indicator.value, 1),
                    target: format.number(indicator.target, 1),
                  })}
            </span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

function ProjectsPanel({ chain, date }: { chain: ChainDetail; date: string }) {
  const { t } = useTranslation('screen');
  const format = useFormatters();
  return (
    <Panel title={t('screen.chain.projects')} date={date} area="projects">
      <Figure
        value={format.number(chain.projects.investmentYi, 0)}
        label={t('screen.chain.projectsTotal', {
          count: chain.projects.count,
          amount: format.number(chain.projects.investmentYi, 0),
        })}
      />
      <ul className="screen-rows">
        {chain.projects.items.slice(0, ROWS_SHOWN).map((project) => (
          <li key={project.id} className="screen-row">
            <span className="screen-row__name">{format.name(project)}</span>
            <span className="screen-row__value">{format.number(project.investmentYi, 1)}</span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

function ProblemsPanel({ chain, date }: { chain: ChainDetail; date: string }) {
  const { t } = useTranslation('screen');
  const format = useFormatters();
  const { problems } = chain;
  return (
    <Panel title={t('screen.chain.problems')} date={date} area="problems">
      <Figure
        value={format.percent(problems.resolutionRate)}
        label={t('screen.chain.problemsTotal', {
          total: problems.total,
          resolved: problems.resolved,
          overdue: problems.overdue,
        })}
      />
      <ul className="screen-rows">
        {problems.byDepartment.slice(0, ROWS_SHOWN).map((row) => (
          <li key={row.department?.id ?? 0} className="screen-row">
            <span className="screen-row__name">
              {row.department ? format.name(row.department) : '—'}
            </span>
            <span className="screen-row__value">
              {row.unresolved} / {row.total}
            </span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

function TaskForcePanel({ chain, date }: { chain: ChainDetail; date: string }) {
  const { t } = useTranslation('screen');
  const { taskForce } = chain.fiveOnes.task_force;
  return (
    <Panel title={t('screen.chain.taskForce')} date={date} area="task-force">
      {taskForce ? (
        <ul className="screen-rows">
          <li className="screen-row">{t('screen.chain.head', { name: taskForce.headName })}</li>
          <li className="screen-row">
            {t('screen.chain.members', { count: taskForce.members.length })}
          </li>
          <li
            className={`screen-row${taskForce.reportSchedule.missing.length > 0 ? ' screen-rating--red' : ''}`}
          >
            {t('screen.chain.missingReports', { count: taskForce.reportSchedule.missing.length })}
          </li>
        </ul>
      ) : (
        <p className="screen-row">{t('screen.chain.noTaskForce')}</p>
      )}
    </Panel>
  );
}
