import type { TaskForce } from '@server/contract/chains';
import { taskForceMemberBodySchema, taskForceMemberRecordSchema } from '@server/contract/writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useUpdateTaskForceMember } from '@/features/chains/api/update-task-force-member';
import { useMemberFields } from '@/features/chains/components/edit/member-fields';
import { useEditOptions } from '@/features/chains/components/edit/use-edit-options';

type Member = TaskForce['members'][number];

export function EditMemberDialog({
  chainId,
  member,
  onClose,
}: {
  chainId: number;
  member: Member;
  onClose: CloseDialog;
}) {
  const { t, departmentNamed } = useEditOptions();
  const fields = useMemberFields();
  const mutation = useUpdateTaskForceMember(chainId, member.id, departmentNamed);
  return (
    <EditFormDialog
      title={t('editing.actions.editMember', { name: member.name })}
      schema={taskForceMemberBodySchema}
      fields={fields}
      initialValues={{
        name: member.name,
        role: member.role,
        departmentId: member.department?.id ?? null,
        version: member.version,
      }}
      fromRecord={{
        schema: taskForceMemberRecordSchema,
        toValues: ({ name, role, departmentId, version }) => ({
          name,
          role,
          departmentId,
          version,
        }),
      }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}
