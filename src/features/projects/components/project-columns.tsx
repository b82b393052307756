import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectListItem } from '@server/contract/projects';
import type { DataTableColumn } from '@/components/data-table/data-table';
import { LinkTags } from '@/components/links/link-tags';
import { StalledLabel } from '@/features/projects/components/stalled-label';
import { useFormatters } from '@/hooks/use-formatters';

/** The project table's columns; a sortable column's id is the API's sort key. */
export function useProjectColumns(): DataTableColumn<ProjectListItem>[] {
  const { t } = useTranslation('projects');
  const format = useFormatters();
  return useMemo(
    () => [
      {
        id: 'name',
        header: t('projects.columns.name'),
        accessorFn: (project) => format.name(project),
        sortDescFirst: false,
        cell: ({ row }) => (
          <Link to="/projects/$projectId" params={{ projectId: row.original.id }}>
            {format.name(row.original)}
          </Link>
        ),
      },
      {
        id: 'chain',
        header: t('projects.columns.chain'),
        enableSorting: false,
        cell: ({ row }) => format.name(row.original.chain),
      },
      {
        id: 'park',
        header: t('projects.columns.park'),
        enableSorting: false,
        cell: ({ row }) => (row.original.park ? format.name(row.original.park) : t('common.none')),
      },
      {
        id: 'link',
        header: t('projects.columns.link'),
        enableSorting: false,
        cell: ({ row }) => <LinkTags links={row.original.link ? [row.original.link] : []} />,
      },
      {
        id: 'campaign',
        header: t('projects.columns.campaign'),
        enableSorting: false,
        cell: ({ row }) => {
          const { campaign, leadId } = row.original;
          if (!campaign && leadId === null) return t('common.none');
          return (
            <>
              {campaign && format.name(campaign)}
              {leadId !== null && (
                <>
                  {campaign && ' · '}
                  <Link to="/investment/leads/$leadId" params={{ leadId }}>
                    {t('projects.facts.lead')}
                  </Link>
                </>
              )}
            </>
          );
        },
      },
      {
        id: 'stage',
        header: t('projects.columns.stage'),
        enableSorting: false,
        cell: ({ row }) => t(`projectStage.${row.original.stage}`),
      },
      {
        id: 'investment',
        header: t('projects.columns.investment'),
        accessorFn: (project) => project.investmentYi,
        sortDescFirst: true,
        cell: ({ row }) => <span className="numeric">{format.yi(row.original.investmentYi)}</span>,
      },
      {
        id: 'signedOn',
        header: t('projects.columns.signedOn'),
        accessorFn: (project) => project.signedOn,
        sortDescFirst: true,
        cell: ({ row }) => format.date(row.original.signedOn),
      },
      {
        id: 'progress',
        header: t('projects.columns.progress'),
        accessorFn: (project) => project.progress,
        sortDescFirst: true,
        cell: ({ row }) => (
          <>
            <span className="numeric">{format.percent(row.original.progress / 100)}</span>
            {row.original.stalled && (
              <>
                {' '}
                <StalledLabel />
              </>
            )}
          </>
        ),
      },
    ],
    [t, format],
  );
}
