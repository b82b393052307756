import { taskForceMemberCreateSchema } from '@server/contract/writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useCreateTaskForceMember } from '@/features/chains/api/create-task-force-member';
import { useMemberFields } from '@/features/chains/components/edit/member-fields';
import { useEditOptions } from '@/features/chains/components/edit/use-edit-options';

export function AddMemberDialog({ chainId, onClose }: { chainId: number; onClose: CloseDialog }) {
  const { t } = useEditOptions();
  const fields = useMemberFields();
  // A new member shows once the server has given it its id.
  const mutation = useCreateTaskForceMember(chainId);
  return (
    <EditFormDialog
      title={t('editing.actions.addMember')}
      schema={taskForceMemberCreateSchema}
      fields={fields}
      initialValues={{ name: '', role: '', departmentId: null }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}
