import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemListItem } from '@server/contract/problems';
import type { DataTableColumn } from '@/components/data-table/data-table';
import { SupervisionLabel } from '@/components/status/supervision-label';
import { OverdueLabel } from '@/features/problems/components/overdue-label';
import { handlingStageKey } from '@/features/problems/handling-stage';
import { useFormatters } from '@/hooks/use-formatters';
import { DataTerm } from '@/components/vocabulary/data-term';

/** The problem table's columns; a sortable column's id is the API's sort key. */
export function useProblemColumns(): DataTableColumn<ProblemListItem>[] {
  const { t } = useTranslation('problems');
  const format = useFormatters();
  return useMemo(
    () => [
      {
        id: 'title',
        header: t('problems.columns.title'),
        enableSorting: false,
        cell: ({ row }) => (
          // Problems are recorded in Chinese only: say so, for English pages and screen readers.
          <Link to="/problems/$problemId" params={{ problemId: row.original.id }} lang="zh-CN">
            {row.original.title}
          </Link>
        ),
      },
      {
        id: 'firm',
        header: t('problems.columns.firm'),
        enableSorting: false,
        cell: ({ row }) => (row.original.firm ? format.name(row.original.firm) : t('common.none')),
      },
      {
        id: 'chain',
        header: t('problems.columns.chain'),
        enableSorting: false,
        cell: ({ row }) =>
          row.original.chain ? format.name(row.original.chain) : t('common.none'),
      },
      {
        id: 'category',
        header: t('problems.columns.category'),
        enableSorting: false,
        cell: ({ row }) => <DataTerm vocabulary="problemCategory" value={row.original.category} />,
      },
      {
        id: 'department',
        header: t('problems.columns.department'),
        enableSorting: false,
        cell: ({ row }) =>
          row.original.ownerDepartment
            ? format.name(row.original.ownerDepartment)
            : t('common.none'),
      },
      {
        id: 'raisedOn',
        header: t('problems.columns.raisedOn'),
        accessorFn: (problem) => problem.raisedOn,
        sortDescFirst: true,
        cell: ({ row }) => format.date(row.original.raisedOn),
      },
      {
        id: 'deadline',
        header: t('problems.columns.deadline'),
        accessorFn: (problem) => problem.deadline,
        // The nearest deadlines first: what needs doing soonest.
        sortDescFirst: false,
        cell: ({ row }) => (
          <>
            {row.original.deadline ? format.date(row.original.deadline) : t('problems.noDeadline')}
            {row.original.overdue && (
              <>
                {' '}
                <OverdueLabel days={row.original.overdueDays} />
              </>
            )}
          </>
        ),
      },
      {
        id: 'supervision',
        header: t('problems.columns.supervision'),
        enableSorting: false,
        cell: ({ row }) =>
          row.original.supervision === 'none' ? (
            t('supervisionLevel.none')
          ) : (
            <SupervisionLabel level={row.original.supervision} />
          ),
      },
      {
        id: 'status',
        header: t('problems.columns.status'),
        enableSorting: false,
        cell: ({ row }) => t(`problemStatus.${row.original.status}`),
      },
      {
        id: 'stage',
        header: t('problems.stage.label'),
        enableSorting: false,
        cell: ({ row }) => t(handlingStageKey(row.original)),
      },
    ],
    [t, format],
  );
}
