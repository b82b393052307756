import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorValue } from '@server/contract/indicators';
import { DataTable, type DataTableColumn } from '@/components/data-table/data-table';
import { Pagination } from '@/components/list/pagination';
import { useUnitLabel } from '@/features/chains/components/indicator-unit';
import { RatingLabel } from '@/features/chains/components/rating-label';
import { useFormatters } from '@/hooks/use-formatters';
import { useCanEditChain } from '@/lib/auth';
import { WithdrawIndicatorValue } from '@/features/chains/components/chain-map-edit/record-withdrawals';

/** Rows on one page of a long series' table: a few screens' worth, drawn at once. */
const periodsPerPage = 100;

/**
 * The chart's table alternative: every period's figures and rating as text. A long series (the
 * chart then draws a selection) is paged here, so all of its periods can be read.
 */
export function IndicatorTable({
  indicator,
  chainId,
}: {
  indicator: Indicator;
  /** With it, each quarter offers 撤回 to those who may change the chain. */
  chainId?: number;
}) {
  const { t } = useTranslation('chains');
  const [page, setPage] = useState(1);
  const format = useFormatters();
  const unitLabel = useUnitLabel();
  const unit = unitLabel(indicator.unit);
  const canEdit = useCanEditChain(chainId ?? 0) && chainId !== undefined;

  const columns = useMemo<DataTableColumn<IndicatorValue>[]>(() => {
    const figure = (value: number | null) => (
      <span className="numeric">
        {value === null ? t('chains.indicators.notReported') : format.number(value)}
      </span>
    );
    return [
      {
        id: 'period',
        header: t('chains.indicators.period'),
        cell: ({ row }) => row.original.period,
      },
      {
        id: 'value',
        header: t('chains.indicators.value'),
        cell: ({ row }) => figure(row.original.value),
      },
      {
        id: 'target',
        header: t('chains.indicators.target'),
        cell: ({ row }) => figure(row.original.target),
      },
      {
        id: 'warning',
        header: t('chains.indicators.warning'),
        cell: ({ row }) => figure(row.original.warningThreshold),
      },
      {
        id: 'excellent',
        header: t('chains.indicators.excellent'),
        cell: ({ row }) => figure(row.original.excellentThreshold),
      },
      {
        id: 'rating',
        header: t('chains.indicators.rating'),
        cell: ({ row }) => <RatingLabel rating={row.original.rating} />,
      },
      {
        id: 'asOf',
        header: t('chains.indicators.asOf'),
        cell: ({ row }) => (row.original.asOf === null ? '—' : format.date(row.original.asOf)),
      },
      {
        id: 'source',
        header: t('chains.indicators.source'),
        cell: ({ row }) => row.original.source ?? '—',
      },
      {
        id: 'enteredBy',
        header: t('chains.indicators.enteredBy'),
        cell: ({ row }) => {
          const { enteredBy, enteredAt } = row.original;
          // Figures loaded with the sample city name no one.
          if (enteredBy === null || enteredAt === null) return '—';
          return t('chains.indicators.enteredByAt', {
            name: enteredBy.displayName,
            at: format.dateTime(enteredAt),
          });
        },
      },
      ...(!canEdit || chainId === undefined
        ? []
        : [
            {
              id: 'actions',
              header: t('chains.indicators.actions'),
              cell: ({ row }: { row: { original: IndicatorValue } }) => (
                <WithdrawIndicatorValue
                  chainId={chainId}
                  indicator={indicator}
                  value={row.original}
                />
              ),
            },
          ]),
    ];
  }, [t, format, chainId, indicator, canEdit]);

  const total = indicator.values.length;
  const paged = total > periodsPerPage;
  const rows = paged
    ? indicator.values.slice((page - 1) * periodsPerPage, page * periodsPerPage)
    : indicator.values;

  return (
    <>
      <p className="indicator-card__unit">{t('chains.indicators.unit', { unit })}</p>
      {paged && (
        <p className="list-summary" aria-live="polite">
          {t('list.results', { ns: 'translation', count: total })}
        </p>
      )}
      <DataTable
        caption={t('chains.indicators.tableCaption', { indicator: format.name(indicator), unit })}
        columns={columns}
        rows={rows}
        getRowId={(value) => String(value.id)}
      />
      <Pagination page={page} pageSize={periodsPerPage} total={total} onPageChange={setPage} />
    </>
  );
}
