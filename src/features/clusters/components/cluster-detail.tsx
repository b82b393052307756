import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ClusterDetail as Cluster } from '@server/contract/clusters';
import { QueryResult } from '@/components/feedback/query-result';
import { useCluster } from '@/features/clusters/api/get-cluster';
import {
  AddAssessment,
  AssessmentActions,
} from '@/features/clusters/components/edit/assessment-actions';
import { ClusterActions } from '@/features/clusters/components/edit/cluster-actions';
import { canEditAllChains, useSession } from '@/lib/auth';
import { ChainTags } from '@/components/links/chain-tags';
import { useFormatters } from '@/hooks/use-formatters';
import { DataText } from '@/components/vocabulary/data-text';

const route = getRouteApi('/clusters/$clusterId');

export function ClusterDetail() {
  const { clusterId } = route.useParams();
  const cluster = useCluster(clusterId);
  return <QueryResult query={cluster}>{(data) => <ClusterFacts cluster={data} />}</QueryResult>;
}

function ClusterFacts({ cluster }: { cluster: Cluster }) {
  const { t } = useTranslation('clusters');
  const format = useFormatters();
  const mayEdit = canEditAllChains(
    useSession(),
    cluster.chains.map((chain) => chain.id),
  );

  return (
    <div className="page">
      <p>
        <Link to="/clusters">{t('clusters.backToList')}</Link>
      </p>
      <h1 className="page__title">{format.name(cluster)}</h1>
      {cluster.withdrawnAt && (
        <p role="status" className="form-notice">
          {t('clusters.edit.withdrawnNotice', { date: format.dateTime(cluster.withdrawnAt) })}
        </p>
      )}
      <ClusterActions cluster={cluster} />
      <section className="panel" aria-labelledby="cluster-facts-title">
        <h2 id="cluster-facts-title">{t('clusters.facts.title')}</h2>
        <dl className="detail-list">
          <dt>{t('clusters.facts.level')}</dt>
          <dd>{t(`clusterLevel.${cluster.level}`)}</dd>
          <dt>{t('clusters.facts.status')}</dt>
          <dd>{t(`clusterStatus.${cluster.status}`)}</dd>
          <dt>{t('clusters.facts.recognisedOn')}</dt>
          <dd>
            {cluster.recognisedOn ? format.date(cluster.recognisedOn) : t('clusters.notRecognised')}
          </dd>
          <dt>{t('clusters.facts.recognisedBy')}</dt>
          <dd>
            {cluster.recognisedBy ? (
              <DataText>{cluster.recognisedBy}</DataText>
            ) : (
              t('common.notRecorded')
            )}
          </dd>
          <dt>{t('clusters.facts.description')}</dt>
          <dd>
            {cluster.description ? (
              <DataText>{cluster.description}</DataText>
            ) : (
              t('common.notRecorded')
            )}
          </dd>
          <dt>{t('clusters.facts.updated')}</dt>
          <dd>
            {cluster.updatedBy
              ? t('clusters.facts.updatedBy', {
                  date: format.dateTime(cluster.updatedAt),
                  name: cluster.updatedByName ?? cluster.updatedBy,
                })
              : format.dateTime(cluster.updatedAt)}
          </dd>
        </dl>
      </section>
      <section className="panel" aria-labelledby="cluster-chains-title">
        <h2 id="cluster-chains-title">{t('clusters.chains.title')}</h2>
        {cluster.chains.length === 0 ? (
          <p>{t('clusters.chains.none')}</p>
        ) : (
          <ChainTags chains={cluster.chains} none={t('clusters.chains.none')} />
        )}
      </section>
      <section className="panel" aria-labelledby="cluster-assessments-title">
        <h2 id="cluster-assessments-title">{t('clusters.assessments.title')}</h2>
        {mayEdit && !cluster.withdrawnAt && <AddAssessment clusterId={cluster.id} />}
        {cluster.assessments.length === 0 ? (
          <p>{t('clusters.assessments.none')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('clusters.assessments.year')}</th>
                <th scope="col">{t('clusters.assessments.result')}</th>
                <th scope="col">{t('clusters.assessments.note')}</th>
                {mayEdit && <th scope="col">{t('clusters.assessments.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {cluster.assessments.map((assessment) => (
                <tr key={assessment.id}>
                  <td>{assessment.year}</td>
                  <td>
                    {t(`clusters.assessments.results.${assessment.result}`)}
                    {assessment.withdrawnAt && ` ${t('clusters.assessments.withdrawn')}`}
                  </td>
                  <td>{assessment.note ?? ''}</td>
                  {mayEdit && (
                    <td>
                      <AssessmentActions assessment={assessment} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
