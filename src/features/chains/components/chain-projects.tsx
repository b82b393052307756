import { useMemo } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useChainRecordActions } from '@/features/chains/components/chain-record-actions';
import type { ChainDetail } from '@server/contract/chains';
import { projectStages } from '@server/contract/domain';
import type { ProjectListItem } from '@server/contract/projects';
import { DataTable, type DataTableColumn } from '@/components/data-table/data-table';
import { EmptyState } from '@/components/feedback/empty-state';
import { useFormatters } from '@/hooks/use-formatters';

export function ChainProjects({
  chainId,
  projects,
}: {
  chainId: number;
  projects: ChainDetail['projects'];
}) {
  const { t } = useTranslation('chains');
  const { AddProject } = useChainRecordActions();
  const format = useFormatters();
  const columns = useProjectColumns();
  const stages = projectStages.map(
    (stage) =>
      projects.byStage.find((totals) => totals.stage === stage) ?? {
        stage,
        count: 0,
        investmentYi: 0,
      },
  );

  return (
    <section className="panel" aria-labelledby="chain-projects-title">
      <div className="chain-section__head">
        <h2 id="chain-projects-title">{t('chains.projects.title')}</h2>
        {AddProject && <AddProject chainId={chainId} />}
      </div>
      <p>
        {t('chains.projects.summary', {
          count: projects.count,
          amount: format.yi(projects.investmentYi),
        })}
      </p>
      <h3 className="chain-section__subtitle">{t('chains.projects.byStage')}</h3>
      <ol className="stage-flow">
        {stages.map((totals) => (
          <li key={totals.stage} className="stage-flow__step">
            <span className="stage-flow__stage">{t(`projectStage.${totals.stage}`)}</span>
            <span className="stage-flow__count">{t('units.items', { count: totals.count })}</span>
            <span className="stage-flow__amount">{format.yi(totals.investmentYi)}</span>
          </li>
        ))}
      </ol>
      {projects.items.length === 0 ? (
        <EmptyState>{t('chains.projects.empty')}</EmptyState>
      ) : (
        <DataTable
          caption={t('chains.projects.items')}
          columns={columns}
          rows={projects.items}
          getRowId={(project) => String(project.id)}
        />
      )}
    </section>
  );
}

function useProjectColumns(): DataTableColumn<ProjectListItem>[] {
  const { t } = useTranslation('chains');
  const format = useFormatters();
  return useMemo(
    () => [
      {
        id: 'name',
        header: t('chains.projects.name'),
        cell: ({ row }) => (
          <Link to="/projects/$projectId" params={{ projectId: row.original.id }}>
            {format.name(row.original)}
          </Link>
        ),
      },
      {
        id: 'stage',
        header: t('chains.projects.stage'),
        cell: ({ row }) => t(`projectStage.${row.original.stage}`),
      },
      {
        id: 'park',
        header: t('chains.projects.park'),
        cell: ({ row }) => (row.original.park ? format.name(row.original.park) : t('common.none')),
      },
      {
        id: 'investment',
        header: t('chains.projects.investment'),
        cell: ({ row }) => <span className="numeric">{format.yi(row.original.investmentYi)}</span>,
      },
      {
        id: 'signedOn',
        header: t('chains.projects.signedOn'),
        cell: ({ row }) => format.date(row.original.signedOn),
      },
      {
        id: 'progress',
        header: t('chains.projects.progress'),
        cell: ({ row }) => (
          <span className="numeric">{format.percent(row.original.progress / 100)}</span>
        ),
      },
    ],
    [t, format],
  );
}
