import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorValue } from '@server/contract/indicators';
import { DataTable, type DataTableColumn } from '@/components/data-table/data-table';
import { useUnitLabel } from '@/features/chains/components/indicator-unit';
import { RatingLabel } from '@/features/chains/components/rating-label';
import { useFormatters } from '@/hooks/use-formatters';

/** The chart's table alternative: every period's figures and rating as text. */
export function IndicatorTable({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('chains');
  const format = useFormatters();
  const unitLabel = useUnitLabel();
  const unit = unitLabel(indicator.unit);

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
    ];
  }, [t, format]);

  return (
    <>
      <p className="indicator-card__unit">{t('chains.indicators.unit', { unit })}</p>
      <DataTable
        caption={t('chains.indicators.tableCaption', { indicator: format.name(indicator), unit })}
        columns={columns}
        rows={indicator.values}
        getRowId={(value) => String(value.id)}
      />
    </>
  );
}
