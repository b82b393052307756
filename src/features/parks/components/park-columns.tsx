import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkListItem } from '@server/contract/parks';
import type { DataTableColumn } from '@/components/data-table/data-table';
import { HostedChains } from '@/features/parks/components/hosted-chains';
import { useFormatters } from '@/hooks/use-formatters';

/** The park table's columns; a sortable column's id is the API's sort key. */
export function useParkColumns(): DataTableColumn<ParkListItem>[] {
  const { t } = useTranslation('parks');
  const format = useFormatters();
  const notRecorded = t('common.notRecorded');
  return useMemo(
    () => [
      {
        id: 'name',
        header: t('parks.columns.name'),
        accessorFn: (park) => format.name(park),
        sortDescFirst: false,
        cell: ({ row }) => (
          <Link to="/parks/$parkId" params={{ parkId: row.original.id }}>
            {format.name(row.original)}
          </Link>
        ),
      },
      {
        id: 'district',
        header: t('parks.columns.district'),
        enableSorting: false,
        cell: ({ row }) => row.original.district,
      },
      {
        id: 'type',
        header: t('parks.columns.type'),
        enableSorting: false,
        cell: ({ row }) => t(row.original.isSpecialty ? 'parks.specialty' : 'parks.other'),
      },
      {
        id: 'chains',
        header: t('parks.columns.chains'),
        enableSorting: false,
        cell: ({ row }) => <HostedChains chains={row.original.chains} />,
      },
      {
        id: 'area',
        header: t('parks.columns.area'),
        enableSorting: false,
        cell: ({ row }) =>
          row.original.areaKm2 === null ? (
            notRecorded
          ) : (
            <span className="numeric">{t('parks.km2', { value: row.original.areaKm2 })}</span>
          ),
      },
      {
        id: 'output',
        header: t('parks.columns.output'),
        accessorFn: (park) => park.outputYi,
        sortDescFirst: true,
        cell: ({ row }) =>
          row.original.outputYi === null ? (
            notRecorded
          ) : (
            <span className="numeric">{format.yi(row.original.outputYi)}</span>
          ),
      },
      {
        id: 'occupancy',
        header: t('parks.columns.occupancy'),
        accessorFn: (park) => park.occupancyRate,
        sortDescFirst: true,
        cell: ({ row }) =>
          row.original.occupancyRate === null ? (
            notRecorded
          ) : (
            <span className="numeric">{format.percent(row.original.occupancyRate)}</span>
          ),
      },
      {
        id: 'firms',
        header: t('parks.columns.firms'),
        enableSorting: false,
        cell: ({ row }) => <span className="numeric">{format.number(row.original.firmCount)}</span>,
      },
      {
        id: 'projects',
        header: t('parks.columns.projects'),
        enableSorting: false,
        cell: ({ row }) => (
          <span className="numeric">{format.number(row.original.projectCount)}</span>
        ),
      },
    ],
    [t, format, notRecorded],
  );
}
