import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupervisionSummary } from '@server/contract/supervision';
import { DataTable, type DataTableColumn } from '@/components/data-table/data-table';
import { QueryResult } from '@/components/feedback/query-result';
import { useSupervision } from '@/features/supervision/api/get-supervision';
import { useFormatters } from '@/hooks/use-formatters';

type DepartmentRow = SupervisionSummary['departments'][number];

/** 督办: each department with its amber and red problems, and the way to its 督办单. */
export function SupervisionPage() {
  const { t } = useTranslation('supervision');
  const format = useFormatters();
  const columns = useDepartmentColumns();
  return (
    <div className="page">
      <h1 className="page__title">{t('supervision.title')}</h1>
      <QueryResult query={useSupervision()}>
        {(data) => (
          <>
            <p>
              {t('supervision.intro', {
                days: data.redAfterDays,
                date: format.date(data.asOf),
              })}
            </p>
            <p>
              <strong>
                {t('supervision.total', {
                  amber: format.number(data.total.amber),
                  red: format.number(data.total.red),
                })}
              </strong>
            </p>
            <DataTable
              caption={t('supervision.departmentsCaption')}
              columns={columns}
              rows={data.departments}
              getRowId={(row) => String(row.department.id)}
            />
          </>
        )}
      </QueryResult>
    </div>
  );
}

function useDepartmentColumns(): DataTableColumn<DepartmentRow>[] {
  const { t } = useTranslation('supervision');
  const format = useFormatters();
  return useMemo(
    () => [
      {
        id: 'department',
        header: t('supervision.columns.department'),
        cell: ({ row }) => format.name(row.original.department),
      },
      {
        id: 'amber',
        header: t('supervision.columns.amber'),
        cell: ({ row }) => <span className="numeric">{format.number(row.original.amber)}</span>,
      },
      {
        id: 'red',
        header: t('supervision.columns.red'),
        cell: ({ row }) => <span className="numeric">{format.number(row.original.red)}</span>,
      },
      {
        id: 'sheet',
        header: t('supervision.columns.sheet'),
        cell: ({ row }) => (
          <Link
            to="/supervision/departments/$departmentId"
            params={{ departmentId: row.original.department.id }}
            aria-label={`${t('supervision.openSheet')}: ${format.name(row.original.department)}`}
          >
            {t('supervision.openSheet')}
          </Link>
        ),
      },
    ],
    [t, format],
  );
}
