import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EditProblem } from '@/features/problems/components/edit/problem-launchers';
import type { ProblemDetail as Problem } from '@server/contract/problems';
import { QueryResult } from '@/components/feedback/query-result';
import { useProblem } from '@/features/problems/api/get-problem';
import { SupervisionLabel } from '@/components/status/supervision-label';
import { OverdueLabel } from '@/features/problems/components/overdue-label';
import { ProblemFlow } from '@/features/problems/components/problem-flow';
import { ProblemFlowActions } from '@/features/problems/components/problem-flow-actions';
import { ProblemTimeline } from '@/features/problems/components/problem-timeline';
import { handlingStageKey } from '@/features/problems/handling-stage';
import { useFormatters } from '@/hooks/use-formatters';
import { WithdrawRestore } from '@/components/withdrawal/withdraw-restore';
import { useRestoreProblem } from '@/features/problems/api/restore-problem';
import { useWithdrawProblem } from '@/features/problems/api/withdraw-problem';
import '@/features/problems/problems.css';
import { DataTerm } from '@/components/vocabulary/data-term';
import { DataText } from '@/components/vocabulary/data-text';

const route = getRouteApi('/problems/$problemId');

export function ProblemDetail() {
  const { problemId } = route.useParams();
  const problem = useProblem(problemId);
  return <QueryResult query={problem}>{(data) => <ProblemFacts problem={data} />}</QueryResult>;
}

function ProblemFacts({ problem }: { problem: Problem }) {
  const { t } = useTranslation('problems');
  const format = useFormatters();
  const withdraw = useWithdrawProblem(problem.id, problem.chain?.id ?? null);
  const restore = useRestoreProblem(problem.id, problem.chain?.id ?? null);

  return (
    <div className="page">
      <p>
        <Link to="/problems">{t('problems.backToList')}</Link>
      </p>
      {/* Problems are recorded in Chinese only. */}
      <div className="page__title-row">
        <h1 className="page__title" lang="zh-CN">
          {problem.title}
        </h1>
        <EditProblem problem={problem} />
        <WithdrawRestore
          chainId={problem.chain?.id ?? null}
          what="problem"
          name={problem.title}
          withdrawnAt={problem.withdrawnAt}
          withdraw={() => withdraw.mutateAsync(problem.version)}
          restore={() => restore.mutateAsync(problem.version)}
          restorePending={restore.isPending}
        />
      </div>
      <section className="panel" aria-labelledby="problem-facts-title">
        <h2 id="problem-facts-title">{t('problems.facts.title')}</h2>
        <dl className="detail-list">
          <dt>{t('problems.facts.firm')}</dt>
          <dd>
            {problem.firm ? (
              <Link to="/firms/$firmId" params={{ firmId: problem.firm.id }}>
                {format.name(problem.firm)}
              </Link>
            ) : (
              t('common.notRecorded')
            )}
          </dd>
          <dt>{t('problems.facts.chain')}</dt>
          <dd>
            {problem.chain ? (
              <Link to="/chains/$chainId" params={{ chainId: problem.chain.id }}>
                {format.name(problem.chain)}
              </Link>
            ) : (
              t('common.notRecorded')
            )}
          </dd>
          <dt>{t('problems.facts.meeting')}</dt>
          <dd>
            {problem.meeting ? (
              <Link to="/meetings/$meetingId" params={{ meetingId: problem.meeting.id }}>
                <span lang="zh-CN">{problem.meeting.title}</span> ·{' '}
                {format.date(problem.meeting.heldOn)}
              </Link>
            ) : (
              t('common.notRecorded')
            )}
          </dd>
          <dt>{t('problems.facts.category')}</dt>
          <dd>
            <DataTerm vocabulary="problemCategory" value={problem.category} />
          </dd>
          <dt>{t('problems.facts.raisedOn')}</dt>
          <dd>{format.date(problem.raisedOn)}</dd>
          <dt>{t('problems.facts.department')}</dt>
          <dd>
            {problem.ownerDepartment
              ? format.name(problem.ownerDepartment)
              : t('common.notRecorded')}
          </dd>
          <dt>{t('problems.facts.deadline')}</dt>
          <dd>
            {problem.deadline ? format.date(problem.deadline) : t('problems.noDeadline')}
            {problem.overdue && (
              <>
                {' '}
                <OverdueLabel days={problem.overdueDays} />
              </>
            )}
          </dd>
          <dt>{t('problems.facts.supervision')}</dt>
          <dd>
            {problem.supervision === 'none' ? (
              t('supervisionLevel.none')
            ) : (
              <SupervisionLabel level={problem.supervision} />
            )}
          </dd>
          <dt>{t('problems.facts.status')}</dt>
          <dd>{t(`problemStatus.${problem.status}`)}</dd>
          <dt>{t('problems.stage.label')}</dt>
          <dd>{t(handlingStageKey(problem))}</dd>
          <dt>{t('problems.facts.updated')}</dt>
          <dd>
            {problem.updatedBy
              ? t('problems.facts.updatedBy', {
                  date: format.dateTime(problem.updatedAt),
                  name: problem.updatedByName ?? problem.updatedBy,
                })
              : format.dateTime(problem.updatedAt)}
          </dd>
        </dl>
      </section>
      <ProblemFlow problem={problem} actions={<ProblemFlowActions problem={problem} />} />
      <section className="panel" aria-labelledby="problem-detail-title">
        <h2 id="problem-detail-title">{t('problems.detail')}</h2>
        <p className="problem-text">
          {problem.detail ? <DataText>{problem.detail}</DataText> : t('problems.noDetail')}
        </p>
      </section>
      <ProblemTimeline problem={problem} />
      <section className="panel" aria-labelledby="problem-response-title">
        <h2 id="problem-response-title">{t('problems.response')}</h2>
        <p className="problem-text">
          {problem.response ? <DataText>{problem.response}</DataText> : t('problems.noResponse')}
        </p>
      </section>
      <section className="panel" aria-labelledby="problem-feedback-title">
        <h2 id="problem-feedback-title">{t('problems.feedback')}</h2>
        <p className="problem-text">
          {problem.feedback ? <DataText>{problem.feedback}</DataText> : t('problems.noFeedback')}
        </p>
      </section>
    </div>
  );
}
