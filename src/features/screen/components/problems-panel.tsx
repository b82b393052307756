import { useTranslation } from 'react-i18next';
import type { Screen } from '@server/contract/screen';
import { useFormatters } from '@/hooks/use-formatters';
import { MonthBars } from '@/features/screen/components/bars';
import { Figure, Panel } from '@/features/screen/components/panel';

/** Rows each list has room for at 24 px. */
const ROWS = 3;

/** Problems: the resolution rate by month raised, 督办 by department, the newest red ones. */
export function ProblemsPanel({ problems, date }: { problems: Screen['problems']; date: string }) {
  const { t } = useTranslation('screen');
  const format = useFormatters();
  // The month under way has had no time to resolve what it raised: the last full month says more.
  const lastFullMonth = problems.byMonth.at(-2);
  return (
    <Panel title={t('screen.problems.title')} date={date} area="problems">
      <div className="screen-split">
        <Figure
          value={format.percent(lastFullMonth?.resolutionRate ?? 0)}
          label={t('screen.problems.lastMonthRate')}
        />
        <MonthBars
          label={t('screen.problems.rateByMonth')}
          months={problems.byMonth.map((month) => ({
            month: month.month,
            value: month.resolutionRate,
          }))}
        />
      </div>
      <h3 className="screen-subtitle">{t('screen.problems.overdue')}</h3>
      <ul className="screen-rows">
        {problems.overdueByDepartment.length === 0 && (
          <li className="screen-row">{t('screen.problems.noOverdue')}</li>
        )}
        {problems.overdueByDepartment.slice(0, ROWS).map((row) => (
          <li key={row.department.id} className="screen-row">
            <span className="screen-row__name">{format.name(row.department)}</span>
            <span className="screen-row__value screen-rating--red">
              {t('screen.problems.overdueCounts', { red: row.red, amber: row.amber })}
            </span>
          </li>
        ))}
      </ul>
      <h3 className="screen-subtitle">{t('screen.problems.newestRed')}</h3>
      <ul className="screen-rows">
        {problems.newestRed.length === 0 && (
          <li className="screen-row">{t('screen.problems.noRed')}</li>
        )}
        {problems.newestRed.slice(0, ROWS).map((problem) => (
          <li key={problem.id} className="screen-row">
            <span className="screen-row__name">{problem.title}</span>
            <span className="screen-row__value screen-rating--red">
              {t('screen.problems.days', { count: problem.daysOverdue })}
            </span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
