import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail as Meeting } from '@server/contract/meetings';
import { QueryResult } from '@/components/feedback/query-result';
import { useMeeting } from '@/features/meetings/api/get-meeting';
import { useRestoreMeeting } from '@/features/meetings/api/restore-meeting';
import { useWithdrawMeeting } from '@/features/meetings/api/withdraw-meeting';
import { EditMeeting } from '@/features/meetings/components/edit/meeting-launchers';
import { WithdrawRestore } from '@/components/withdrawal/withdraw-restore';
import { useFormatters } from '@/hooks/use-formatters';

const route = getRouteApi('/meetings/$meetingId');

export function MeetingDetail() {
  const { meetingId } = route.useParams();
  const meeting = useMeeting(meetingId);
  return <QueryResult query={meeting}>{(data) => <MeetingFacts meeting={data} />}</QueryResult>;
}

function MeetingFacts({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const format = useFormatters();
  const withdraw = useWithdrawMeeting(meeting.id);
  const restore = useRestoreMeeting(meeting.id);
  return (
    <div className="page">
      <p>
        <Link to="/meetings">{t('meetings.backToList')}</Link>
      </p>
      {/* Meetings are recorded in Chinese only. */}
      <div className="page__title-row">
        <h1 className="page__title" lang="zh-CN">
          {meeting.title}
        </h1>
        <EditMeeting meeting={meeting} />
        <WithdrawRestore
          chainId={meeting.chain?.id ?? null}
          what="meeting"
          name={meeting.title}
          withdrawnAt={meeting.withdrawnAt}
          withdraw={() => withdraw.mutateAsync(meeting.version)}
          restore={() => restore.mutateAsync(meeting.version)}
          restorePending={restore.isPending}
        />
      </div>
      <section className="panel" aria-labelledby="meeting-facts-title">
        <h2 id="meeting-facts-title">{t('meetings.facts.title')}</h2>
        <p>
          {t('meetings.facts.figures', {
            firms: meeting.firmCount,
            problems: meeting.problemCount,
            resolved: meeting.resolvedCount,
          })}
        </p>
        <dl className="detail-list">
          <dt>{t('meetings.facts.heldOn')}</dt>
          <dd>{format.date(meeting.heldOn)}</dd>
          <dt>{t('meetings.facts.chain')}</dt>
          <dd>
            {meeting.chain ? (
              <Link to="/chains/$chainId" params={{ chainId: meeting.chain.id }}>
                {format.name(meeting.chain)}
              </Link>
            ) : (
              t('meetings.cityWide')
            )}
          </dd>
          <dt>{t('meetings.facts.place')}</dt>
          <dd lang="zh-CN">{meeting.place ?? t('common.notRecorded')}</dd>
          <dt>{t('meetings.facts.host')}</dt>
          <dd lang="zh-CN">{meeting.host ?? t('common.notRecorded')}</dd>
          <dt>{t('meetings.facts.notes')}</dt>
          <dd lang="zh-CN">{meeting.notes ?? t('common.notRecorded')}</dd>
        </dl>
      </section>
      <section className="panel" aria-labelledby="meeting-problems-title">
        <h2 id="meeting-problems-title">
          {t('meetings.problemsTitle', { count: meeting.problems.length })}
        </h2>
        {meeting.problems.length === 0 ? (
          <p>{t('meetings.noProblems')}</p>
        ) : (
          <ul>
            {meeting.problems.map((problem) => (
              <li key={problem.id}>
                <Link to="/problems/$problemId" params={{ problemId: problem.id }} lang="zh-CN">
                  {problem.title}
                </Link>{' '}
                · {problem.firm ? format.name(problem.firm) : t('common.none')} ·{' '}
                {format.date(problem.raisedOn)} · {t(`problemStatus.${problem.status}`)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="meeting-firms-title">
        <h2 id="meeting-firms-title">
          {t('meetings.firmsTitle', { count: meeting.firms.length })}
        </h2>
        {meeting.firms.length === 0 ? (
          <p>{t('meetings.noFirms')}</p>
        ) : (
          <ul>
            {meeting.firms.map((firm) => (
              <li key={firm.id}>
                <Link to="/firms/$firmId" params={{ firmId: firm.id }}>
                  {format.name(firm)}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
