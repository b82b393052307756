import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemListItem } from '@server/contract/problems';
import { DataTable, type DataTableColumn } from '@/components/data-table/data-table';
import { QueryResult } from '@/components/feedback/query-result';
import { SupervisionLabel } from '@/components/status/supervision-label';
import { useEscalatedProblems } from '@/features/supervision/api/get-escalated-problems';
import { useFormatters } from '@/hooks/use-formatters';

/** 链长督办: the chain's red problems, on the chain leader's desk (the chain page). */
export function EscalatedProblems({ chainId }: { chainId: number }) {
  const { t } = useTranslation('supervision');
  const columns = useEscalatedColumns();
  const query = useEscalatedProblems(chainId);
  return (
    <section aria-labelledby="escalated-problems-title">
      <h3 id="escalated-problems-title">{t('supervision.escalated.title')}</h3>
      <QueryResult query={query}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('supervision.escalated.empty')}</p>
          ) : (
            <>
              <DataTable
                caption={t('supervision.escalated.caption')}
                columns={columns}
                rows={page.items}
                getRowId={(problem) => String(problem.id)}
              />
              {page.total > page.items.length && (
                <p>
                  <Link to="/problems" search={{ chain: chainId, supervision: 'red' }}>
                    {t('supervision.escalated.all', { count: page.total })}
                  </Link>
                </p>
              )}
            </>
          )
        }
      </QueryResult>
    </section>
  );
}

function useEscalatedColumns(): DataTableColumn<ProblemListItem>[] {
  const { t } = useTranslation('supervision');
  const format = useFormatters();
  return useMemo(
    () => [
      {
        id: 'title',
        header: t('supervision.columns.title'),
        cell: ({ row }) => (
          <Link to="/problems/$problemId" params={{ problemId: row.original.id }} lang="zh-CN">
            {row.original.title}
          </Link>
        ),
      },
      {
        id: 'firm',
        header: t('supervision.columns.firm'),
        cell: ({ row }) => (row.original.firm ? format.name(row.original.firm) : t('common.none')),
      },
      {
        id: 'department',
        header: t('supervision.escalated.department'),
        cell: ({ row }) =>
          row.original.ownerDepartment
            ? format.name(row.original.ownerDepartment)
            : t('common.none'),
      },
      {
        id: 'daysOverdue',
        header: t('supervision.columns.daysOverdue'),
        cell: ({ row }) => (
          <span className="numeric">
            {t('supervision.daysOverdue', { count: row.original.overdueDays ?? 0 })}
          </span>
        ),
      },
      {
        id: 'level',
        header: t('supervision.columns.level'),
        cell: ({ row }) => <SupervisionLabel level={row.original.supervision} />,
      },
    ],
    [t, format],
  );
}
