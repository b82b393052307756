import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskForce } from '@server/contract/chains';
import { DataTable, type DataTableColumn } from '@/components/data-table/data-table';
import { useFormatters } from '@/hooks/use-formatters';
import { ReportScheduleDetails } from '@/features/chains/components/report-schedule';
import { DataTerm } from '@/components/vocabulary/data-term';
import { DataText } from '@/components/vocabulary/data-text';

type Member = TaskForce['members'][number];

interface TaskForceDetailsProps {
  taskForce: TaskForce;
  /** Edit controls of one member, for users who may change the chain (keep it stable). */
  memberActions?: (member: Member) => ReactNode;
}

export function TaskForceDetails({ taskForce, memberActions }: TaskForceDetailsProps) {
  const { t } = useTranslation('chains');
  const format = useFormatters();
  const head = [taskForce.headName, taskForce.headTitle].filter(Boolean).join(' · ');
  const columns = useMemo<DataTableColumn<Member>[]>(
    () => [
      { id: 'name', header: t('chains.taskForce.name'), cell: ({ row }) => row.original.name },
      {
        id: 'role',
        header: t('chains.taskForce.role'),
        cell: ({ row }) => <DataTerm vocabulary="taskForceRole" value={row.original.role} />,
      },
      {
        id: 'department',
        header: t('chains.taskForce.department'),
        cell: ({ row }) =>
          row.original.department ? format.name(row.original.department) : t('common.none'),
      },
      ...(memberActions
        ? [
            {
              id: 'actions',
              header: t('chains.taskForce.actions'),
              cell: ({ row }: { row: { original: Member } }) => memberActions(row.original),
            },
          ]
        : []),
    ],
    [t, format, memberActions],
  );

  return (
    <>
      <dl className="detail-list">
        <dt>{t('chains.taskForce.head')}</dt>
        <dd>
          <DataText>{head}</DataText>
        </dd>
        <dt>{t('chains.taskForce.leadDepartment')}</dt>
        <dd>
          {taskForce.leadDepartment ? (
            <DataText>{format.name(taskForce.leadDepartment)}</DataText>
          ) : (
            t('common.none')
          )}
        </dd>
        <dt>{t('chains.taskForce.meetingCadence')}</dt>
        <dd>{t(`meetingCadence.${taskForce.meetingCadence}`)}</dd>
        <dt>{t('chains.taskForce.lastMeetingOn')}</dt>
        <dd>
          {taskForce.lastMeetingOn ? format.date(taskForce.lastMeetingOn) : t('common.notRecorded')}
        </dd>
        <ReportScheduleDetails schedule={taskForce.reportSchedule} />
      </dl>
      <h3 className="chain-section__subtitle">{t('chains.taskForce.members')}</h3>
      <DataTable
        caption={t('chains.taskForce.members')}
        columns={columns}
        rows={taskForce.members}
        getRowId={(member) => String(member.id)}
      />
    </>
  );
}
