import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EditProject } from '@/features/projects/components/edit/project-launchers';
import type { ProjectDetail as Project } from '@server/contract/projects';
import { QueryResult } from '@/components/feedback/query-result';
import { useProject } from '@/features/projects/api/get-project';
import { StalledLabel } from '@/features/projects/components/stalled-label';
import { LinkTags } from '@/components/links/link-tags';
import { useFormatters } from '@/hooks/use-formatters';
import { WithdrawRestore } from '@/components/withdrawal/withdraw-restore';
import { useRestoreProject } from '@/features/projects/api/restore-project';
import { useWithdrawProject } from '@/features/projects/api/withdraw-project';

const route = getRouteApi('/projects/$projectId');

export function ProjectDetail() {
  const { projectId } = route.useParams();
  const project = useProject(projectId);
  return <QueryResult query={project}>{(data) => <ProjectFacts project={data} />}</QueryResult>;
}

function ProjectFacts({ project }: { project: Project }) {
  const { t } = useTranslation('projects');
  const format = useFormatters();
  const day = (isoDay: string | null) => (isoDay ? format.date(isoDay) : t('common.notRecorded'));
  const withdraw = useWithdrawProject(project.id, project.chain.id);
  const restore = useRestoreProject(project.id, project.chain.id);

  return (
    <div className="page">
      <p>
        <Link to="/projects">{t('projects.backToList')}</Link>
      </p>
      <div className="page__title-row">
        <h1 className="page__title">{format.name(project)}</h1>
        <EditProject project={project} />
        <WithdrawRestore
          chainId={project.chain.id}
          what="project"
          name={format.name(project)}
          withdrawnAt={project.withdrawnAt}
          withdraw={() => withdraw.mutateAsync(project.version)}
          restore={() => restore.mutateAsync(project.version)}
          restorePending={restore.isPending}
        />
      </div>
      <section className="panel" aria-labelledby="project-facts-title">
        <h2 id="project-facts-title">{t('projects.facts.title')}</h2>
        <dl className="detail-list">
          <dt>{t('projects.facts.chain')}</dt>
          <dd>
            <Link to="/chains/$chainId" params={{ chainId: project.chain.id }}>
              {format.name(project.chain)}
            </Link>
          </dd>
          <dt>{t('projects.facts.firm')}</dt>
          <dd>
            {project.firm ? (
              <Link to="/firms/$firmId" params={{ firmId: project.firm.id }}>
                {format.name(project.firm)}
              </Link>
            ) : (
              t('common.notRecorded')
            )}
          </dd>
          <dt>{t('projects.facts.park')}</dt>
          <dd>
            {project.park ? (
              <Link to="/parks/$parkId" params={{ parkId: project.park.id }}>
                {format.name(project.park)}
              </Link>
            ) : (
              t('common.notRecorded')
            )}
          </dd>
          <dt>{t('projects.facts.origin')}</dt>
          <dd>{t(`projectOrigin.${project.origin}`)}</dd>
          <dt>{t('projects.facts.link')}</dt>
          <dd>
            <LinkTags links={project.link ? [project.link] : []} none={t('common.notRecorded')} />
          </dd>
          <dt>{t('projects.facts.campaign')}</dt>
          <dd>{project.campaign ? format.name(project.campaign) : t('common.none')}</dd>
          {project.leadId !== null && (
            <>
              <dt>{t('projects.facts.lead')}</dt>
              <dd>
                <Link to="/investment/leads/$leadId" params={{ leadId: project.leadId }}>
                  {t('projects.facts.leadLink')}
                </Link>
              </dd>
            </>
          )}
          <dt>{t('projects.facts.stage')}</dt>
          <dd>{t(`projectStage.${project.stage}`)}</dd>
          <dt>{t('projects.facts.investment')}</dt>
          <dd>{format.yi(project.investmentYi)}</dd>
          <dt>{t('projects.facts.signedOn')}</dt>
          <dd>{format.date(project.signedOn)}</dd>
          <dt>{t('projects.facts.startedOn')}</dt>
          <dd>{day(project.startedOn)}</dd>
          <dt>{t('projects.facts.productionOn')}</dt>
          <dd>{day(project.productionOn)}</dd>
          <dt>{t('projects.facts.plannedProductionOn')}</dt>
          <dd>{day(project.plannedProductionOn)}</dd>
          <dt>{t('projects.facts.progress')}</dt>
          <dd>{format.percent(project.progress / 100)}</dd>
          <dt>{t('projects.facts.progressUpdatedOn')}</dt>
          <dd>{format.date(project.progressUpdatedOn)}</dd>
          <dt>{t('projects.facts.stalled')}</dt>
          <dd>
            {project.stalled ? (
              <>
                <StalledLabel /> <span>{t('projects.facts.stalledYes')}</span>
              </>
            ) : (
              t('projects.facts.stalledNo')
            )}
          </dd>
          <dt>{t('projects.facts.updated')}</dt>
          <dd>
            {project.updatedBy
              ? t('projects.facts.updatedBy', {
                  date: format.dateTime(project.updatedAt),
                  name: project.updatedByName ?? project.updatedBy,
                })
              : format.dateTime(project.updatedAt)}
          </dd>
        </dl>
      </section>
    </div>
  );
}
