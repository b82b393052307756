import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectListItem } from '@server/contract/projects';
import { DataTable, type DataTableColumn } from '@/components/data-table/data-table';
import { useFormatters } from '@/hooks/use-formatters';

/** The firm's major projects, newest signed first. */
export function FirmProjects({ projects }: { projects: ProjectListItem[] }) {
  const { t } = useTranslation('firms');
  const format = useFormatters();
  const columns = useMemo<DataTableColumn<ProjectListItem>[]>(
    () => [
      {
        id: 'name',
        header: t('firms.projects.name'),
        cell: ({ row }) => (
          <Link to="/projects/$projectId" params={{ projectId: row.original.id }}>
            {format.name(row.original)}
          </Link>
        ),
      },
      {
        id: 'chain',
        header: t('firms.projects.chain'),
        cell: ({ row }) => format.name(row.original.chain),
      },
      {
        id: 'stage',
        header: t('firms.projects.stage'),
        cell: ({ row }) => t(`projectStage.${row.original.stage}`),
      },
      {
        id: 'investment',
        header: t('firms.projects.investment'),
        cell: ({ row }) => <span className="numeric">{format.yi(row.original.investmentYi)}</span>,
      },
      {
        id: 'signedOn',
        header: t('firms.projects.signedOn'),
        cell: ({ row }) => format.date(row.original.signedOn),
      },
    ],
    [t, format],
  );

  return (
    <section className="panel" aria-labelledby="firm-projects-title">
      <h2 id="firm-projects-title">{t('firms.projects.title')}</h2>
      {projects.length === 0 ? (
        <p>{t('firms.projects.none')}</p>
      ) : (
        <DataTable
          caption={t('firms.projects.title')}
          columns={columns}
          rows={projects}
          getRowId={(project) => String(project.id)}
        />
      )}
    </section>
  );
}
