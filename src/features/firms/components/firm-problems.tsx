import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FirmDetail } from '@server/contract/firms';
import type { ProblemListItem } from '@server/contract/problems';
import { DataTable, type DataTableColumn } from '@/components/data-table/data-table';
import { useFormatters } from '@/hooks/use-formatters';
import { DataText } from '@/components/vocabulary/data-text';

/** The firm's problems: the counts over all of them, and the most recently raised. */
export function FirmProblems({ problems }: { problems: FirmDetail['problems'] }) {
  const { t } = useTranslation('firms');
  const format = useFormatters();
  const { counts, recent } = problems;
  const columns = useMemo<DataTableColumn<ProblemListItem>[]>(
    () => [
      {
        id: 'title',
        header: t('firms.problems.problem'),
        cell: ({ row }) => (
          <Link to="/problems/$problemId" params={{ problemId: row.original.id }}>
            <DataText>{row.original.title}</DataText>
          </Link>
        ),
      },
      {
        id: 'raisedOn',
        header: t('firms.problems.raisedOn'),
        cell: ({ row }) => format.date(row.original.raisedOn),
      },
      {
        id: 'status',
        header: t('firms.problems.status'),
        cell: ({ row }) => t(`problemStatus.${row.original.status}`),
      },
      {
        id: 'deadline',
        header: t('firms.problems.deadline'),
        cell: ({ row }) => (
          <>
            {row.original.deadline
              ? format.date(row.original.deadline)
              : t('firms.problems.noDeadline')}
            {row.original.overdue && (
              <>
                {' '}
                <span className="rag rag--red">
                  <span className="rag__dot" aria-hidden="true" />
                  {t('firms.problems.overdue')}
                </span>
              </>
            )}
          </>
        ),
      },
    ],
    [t, format],
  );

  return (
    <section className="panel" aria-labelledby="firm-problems-title">
      <h2 id="firm-problems-title">{t('firms.problems.title')}</h2>
      <dl className="detail-list">
        <dt>{t('firms.problems.total')}</dt>
        <dd>{format.number(counts.total)}</dd>
        <dt>{t('firms.problems.open')}</dt>
        <dd>{format.number(counts.open)}</dd>
        <dt>{t('firms.problems.assigned')}</dt>
        <dd>{format.number(counts.assigned)}</dd>
        <dt>{t('firms.problems.resolved')}</dt>
        <dd>{format.number(counts.resolved)}</dd>
        <dt>{t('firms.problems.resolutionRate')}</dt>
        <dd>{counts.total === 0 ? t('common.none') : format.percent(counts.resolutionRate)}</dd>
        <dt>{t('firms.problems.overdueCount')}</dt>
        <dd>{format.number(counts.overdue)}</dd>
      </dl>
      {recent.length > 0 && (
        <>
          <h3>
            {counts.total > recent.length
              ? t('firms.problems.recentSome', { count: recent.length })
              : t('firms.problems.recentAll')}
          </h3>
          <DataTable
            caption={t('firms.problems.tableCaption')}
            columns={columns}
            rows={recent}
            getRowId={(problem) => String(problem.id)}
          />
        </>
      )}
    </section>
  );
}
