import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkDetail } from '@server/contract/parks';
import type { ProjectListItem } from '@server/contract/projects';
import { DataTable, type DataTableColumn } from '@/components/data-table/data-table';
import { useFormatters } from '@/hooks/use-formatters';

/** The park's major projects, newest signed first. */
export function ParkProjects({ park }: { park: ParkDetail }) {
  const { t } = useTranslation('parks');
  const format = useFormatters();
  const columns = useMemo<DataTableColumn<ProjectListItem>[]>(
    () => [
      {
        id: 'name',
        header: t('parks.projects.name'),
        cell: ({ row }) => (
          <Link to="/projects/$projectId" params={{ projectId: row.original.id }}>
            {format.name(row.original)}
          </Link>
        ),
      },
      {
        id: 'chain',
        header: t('parks.projects.chain'),
        cell: ({ row }) => format.name(row.original.chain),
      },
      {
        id: 'firm',
        header: t('parks.projects.firm'),
        cell: ({ row }) =>
          row.original.firm ? (
            <Link to="/firms/$firmId" params={{ firmId: row.original.firm.id }}>
              {format.name(row.original.firm)}
            </Link>
          ) : (
            t('common.notRecorded')
          ),
      },
      {
        id: 'stage',
        header: t('parks.projects.stage'),
        cell: ({ row }) => t(`projectStage.${row.original.stage}`),
      },
      {
        id: 'investment',
        header: t('parks.projects.investment'),
        cell: ({ row }) => <span className="numeric">{format.yi(row.original.investmentYi)}</span>,
      },
      {
        id: 'signedOn',
        header: t('parks.projects.signedOn'),
        cell: ({ row }) => format.date(row.original.signedOn),
      },
    ],
    [t, format],
  );

  return (
    <section className="panel" aria-labelledby="park-projects-title">
      <h2 id="park-projects-title">{t('parks.projects.title')}</h2>
      {park.projects.length === 0 ? (
        <p>{t('parks.projects.none')}</p>
      ) : (
        <DataTable
          caption={t('parks.projects.title')}
          columns={columns}
          rows={park.projects}
          getRowId={(project) => String(project.id)}
        />
      )}
    </section>
  );
}
