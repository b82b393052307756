import * as domain from '@server/contract/domain';
import type { ChainDetail } from '@server/contract/chains';
import { taskForceBodySchema, taskForceRecordSchema } from '@server/contract/writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useSaveTaskForce } from '@/features/chains/api/save-task-force';
import { useEditOptions } from '@/features/chains/components/edit/use-edit-options';

export function TaskForceDialog({ chain, onClose }: { chain: ChainDetail; onClose: CloseDialog }) {
  const { t, enumOptions, departmentOptions, departmentNamed } = useEditOptions();
  const taskForce = chain.fiveOnes.task_force.taskForce;
  const mutation = useSaveTaskForce(chain.id, departmentNamed);
  return (
    <EditFormDialog
      title={t('editing.actions.taskForce')}
      schema={taskForceBodySchema}
      fields={[
        { name: 'headName', label: t('editing.fields.headName'), kind: 'text' },
        { name: 'headTitle', label: t('editing.fields.headTitle'), kind: 'text', nullable: true },
        {
          name: 'leadDepartmentId',
          label: t('editing.fields.leadDepartmentId'),
          kind: 'select',
          nullable: true,
          options: departmentOptions,
        },
        {
          name: 'meetingCadence',
          label: t('editing.fields.meetingCadence'),
          kind: 'select',
          options: enumOptions(domain.meetingCadences, (value) =>
            t(`meetingCadence.${value}`, { ns: 'translation' }),
          ),
        },
        {
          name: 'lastMeetingOn',
          label: t('editing.fields.lastMeetingOn'),
          kind: 'date',
          nullable: true,
        },
        {
          name: 'reportCadence',
          label: t('editing.fields.reportCadence'),
          kind: 'select',
          options: enumOptions(domain.reportCadences, (value) =>
            t(`reportCadence.${value}`, { ns: 'translation' }),
          ),
        },
      ]}
      initialValues={{
        headName: taskForce?.headName ?? '',
        headTitle: taskForce?.headTitle ?? null,
        leadDepartmentId: taskForce?.leadDepartment?.id ?? null,
        meetingCadence: taskForce?.meetingCadence ?? 'monthly',
        lastMeetingOn: taskForce?.lastMeetingOn ?? null,
        reportCadence: taskForce?.reportCadence ?? 'weekly',
        version: taskForce?.version ?? null,
      }}
      fromRecord={{
        schema: taskForceRecordSchema,
        toValues: (record) => ({
          headName: record.headName,
          headTitle: record.headTitle,
          leadDepartmentId: record.leadDepartmentId,
          meetingCadence: record.meetingCadence,
          lastMeetingOn: record.lastMeetingOn,
          reportCadence: record.reportCadence,
          version: record.version,
        }),
      }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}
