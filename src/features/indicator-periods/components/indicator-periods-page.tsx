import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorPeriod } from '@server/contract/indicator-periods';
import { DataTable, type DataTableColumn } from '@/components/data-table/data-table';
import { EditLauncher } from '@/components/editing/edit-button';
import { QueryResult } from '@/components/feedback/query-result';
import { useIndicatorPeriods } from '@/hooks/use-indicator-periods';
import { RelockPeriodDialog } from '@/features/indicator-periods/components/relock-period-dialog';
import { ReopenPeriodDialog } from '@/features/indicator-periods/components/reopen-period-dialog';
import { useFormatters } from '@/hooks/use-formatters';
import { useCan } from '@/lib/auth';

/** 指标季度锁定: the system administrator reopens and relocks quarters; others are told so. */
export function IndicatorPeriodsPage() {
  const { t } = useTranslation('admin');
  const allowed = useCan('unlock_indicator_periods');
  if (!allowed) {
    return (
      <section className="not-found" aria-labelledby="no-permission-title">
        <h1 id="no-permission-title">{t('admin.indicatorPeriods.noPermission.title')}</h1>
        <p>{t('admin.indicatorPeriods.noPermission.text')}</p>
      </section>
    );
  }
  return <PeriodsScreen />;
}

function PeriodsScreen() {
  const { t } = useTranslation('admin');
  const format = useFormatters();
  const periods = useIndicatorPeriods();
  const today = periods.data?.today ?? '';

  const columns = useMemo<DataTableColumn<IndicatorPeriod>[]>(
    () => [
      {
        id: 'period',
        header: t('admin.indicatorPeriods.columns.period'),
        cell: ({ row }) => row.original.period,
      },
      {
        id: 'locksOn',
        header: t('admin.indicatorPeriods.columns.locksOn'),
        cell: ({ row }) => format.date(row.original.locksOn),
      },
      {
        id: 'state',
        header: t('admin.indicatorPeriods.columns.state'),
        cell: ({ row }) =>
          row.original.state === 'reopened' && row.original.reopenedUntil
            ? t('admin.indicatorPeriods.reopenedUntil', {
                date: format.date(row.original.reopenedUntil),
              })
            : t(`admin.indicatorPeriods.states.${row.original.state}`),
      },
      {
        id: 'reason',
        header: t('admin.indicatorPeriods.columns.reason'),
        cell: ({ row }) =>
          row.original.reason === null || row.original.updatedAt === null
            ? '—'
            : t('admin.indicatorPeriods.reasonBy', {
                reason: row.original.reason,
                name: row.original.updatedBy ?? '—',
                at: format.dateTime(row.original.updatedAt),
              }),
      },
      {
        id: 'actions',
        header: t('admin.indicatorPeriods.columns.actions'),
        cell: ({ row }) => <PeriodActions period={row.original} today={today} />,
      },
    ],
    [t, format, today],
  );

  return (
    <div className="page">
      <h1 className="page__title">{t('admin.indicatorPeriods.title')}</h1>
      <QueryResult query={periods}>
        {(data) => (
          <>
            <p className="page__summary">
              {t('admin.indicatorPeriods.summary', { days: data.graceDays })}
            </p>
            <DataTable
              caption={t('admin.indicatorPeriods.tableCaption')}
              columns={columns}
              rows={data.periods}
              getRowId={(period) => period.period}
            />
          </>
        )}
      </QueryResult>
    </div>
  );
}

function PeriodActions({ period, today }: { period: IndicatorPeriod; today: string }) {
  const { t } = useTranslation('admin');
  // A quarter within its grace period takes figures anyway: nothing to reopen or relock.
  if (period.state === 'open') return null;
  return (
    <>
      <EditLauncher
        label={t('admin.indicatorPeriods.reopen', { period: period.period })}
        shortLabel={t('admin.indicatorPeriods.reopenShort')}
      >
        {(close) => <ReopenPeriodDialog period={period} today={today} onClose={close} />}
      </EditLauncher>
      {period.state === 'reopened' && period.version !== null && (
        <EditLauncher
          label={t('admin.indicatorPeriods.relock', { period: period.period })}
          shortLabel={t('admin.indicatorPeriods.relockShort')}
        >
          {(close) => (
            <RelockPeriodDialog
              period={period}
              version={period.version as number}
              onClose={close}
            />
          )}
        </EditLauncher>
      )}
    </>
  );
}
