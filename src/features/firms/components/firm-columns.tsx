import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FirmListItem } from '@server/contract/firms';
import type { DataTableColumn } from '@/components/data-table/data-table';
import { ChainTags } from '@/components/links/chain-tags';
import { FirmTags } from '@/features/firms/components/firm-tags';
import { ParkLink } from '@/features/firms/components/park-link';
import { useFormatters } from '@/hooks/use-formatters';

/** The firm table's columns; a sortable column's id is the API's sort key. */
export function useFirmColumns(): DataTableColumn<FirmListItem>[] {
  const { t } = useTranslation('firms');
  const format = useFormatters();
  return useMemo(
    () => [
      {
        id: 'name',
        header: t('firms.columns.name'),
        accessorFn: (firm) => format.name(firm),
        sortDescFirst: false,
        cell: ({ row }) => (
          <Link to="/firms/$firmId" params={{ firmId: row.original.id }}>
            {format.name(row.original)}
          </Link>
        ),
      },
      {
        id: 'creditCode',
        header: t('firms.columns.creditCode'),
        enableSorting: false,
        cell: ({ row }) => row.original.creditCode ?? t('common.notRecorded'),
      },
      {
        id: 'park',
        header: t('firms.columns.park'),
        enableSorting: false,
        cell: ({ row }) => <ParkLink park={row.original.park} />,
      },
      {
        id: 'chains',
        header: t('firms.columns.chains'),
        enableSorting: false,
        cell: ({ row }) => <ChainTags chains={row.original.chains} />,
      },
      {
        id: 'tags',
        header: t('firms.columns.tags'),
        enableSorting: false,
        cell: ({ row }) => <FirmTags tags={row.original.tags} />,
      },
      {
        id: 'band',
        header: t('firms.columns.band'),
        enableSorting: false,
        cell: ({ row }) => t(`revenueBand.${row.original.revenueBand}`),
      },
      {
        id: 'revenue',
        header: t('firms.columns.revenue'),
        accessorFn: (firm) => firm.revenueYi,
        // The biggest firms first: what officials look for.
        sortDescFirst: true,
        cell: ({ row }) =>
          row.original.revenueYi === null ? (
            t('common.notRecorded')
          ) : (
            <span className="numeric">{format.yi(row.original.revenueYi)}</span>
          ),
      },
      {
        id: 'founded',
        header: t('firms.columns.founded'),
        accessorFn: (firm) => firm.foundedYear,
        sortDescFirst: false,
        cell: ({ row }) =>
          row.original.foundedYear === null ? (
            t('common.notRecorded')
          ) : (
            <span className="numeric">{row.original.foundedYear}</span>
          ),
      },
      {
        id: 'employees',
        header: t('firms.columns.employees'),
        accessorFn: (firm) => firm.employees,
        sortDescFirst: true,
        cell: ({ row }) =>
          row.original.employees === null ? (
            t('common.notRecorded')
          ) : (
            <span className="numeric">{format.number(row.original.employees)}</span>
          ),
      },
    ],
    [t, format],
  );
}
