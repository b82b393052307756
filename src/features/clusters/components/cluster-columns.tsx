import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterListItem } from '@server/contract/clusters';
import type { DataTableColumn } from '@/components/data-table/data-table';
import { ChainTags } from '@/components/links/chain-tags';
import { useFormatters } from '@/hooks/use-formatters';

/** The cluster table's columns; a sortable column's id is the API's sort key. */
export function useClusterColumns(): DataTableColumn<ClusterListItem>[] {
  const { t } = useTranslation('clusters');
  const format = useFormatters();
  return useMemo(
    () => [
      {
        id: 'name',
        header: t('clusters.columns.name'),
        accessorFn: (cluster) => format.name(cluster),
        sortDescFirst: false,
        cell: ({ row }) => (
          <Link to="/clusters/$clusterId" params={{ clusterId: row.original.id }}>
            {format.name(row.original)}
          </Link>
        ),
      },
      {
        id: 'level',
        header: t('clusters.columns.level'),
        accessorFn: (cluster) => cluster.level,
        // National first.
        sortDescFirst: false,
        cell: ({ row }) => t(`clusterLevel.${row.original.level}`),
      },
      {
        id: 'status',
        header: t('clusters.columns.status'),
        enableSorting: false,
        cell: ({ row }) => t(`clusterStatus.${row.original.status}`),
      },
      {
        id: 'chains',
        header: t('clusters.columns.chains'),
        enableSorting: false,
        cell: ({ row }) => <ChainTags chains={row.original.chains} none={t('clusters.noChain')} />,
      },
      {
        id: 'recognisedOn',
        header: t('clusters.columns.recognisedOn'),
        accessorFn: (cluster) => cluster.recognisedOn,
        // The latest recognised first.
        sortDescFirst: true,
        cell: ({ row }) =>
          row.original.recognisedOn
            ? format.date(row.original.recognisedOn)
            : t('clusters.notRecognised'),
      },
    ],
    [t, format],
  );
}
