import type { FieldsOf } from '@/components/editing/field-spec';
import type { TaskForceMemberCreate } from '@/features/chains/api/create-task-force-member';
import { useEditOptions } from '@/features/chains/components/edit/use-edit-options';

/** A task force member's fields, the same to add one as to change one. */
export function useMemberFields(): FieldsOf<TaskForceMemberCreate>[] {
  const { t, departmentOptions } = useEditOptions();
  return [
    { name: 'name', label: t('editing.fields.memberName'), kind: 'text' },
    { name: 'role', label: t('editing.fields.role'), kind: 'text' },
    {
      name: 'departmentId',
      label: t('editing.fields.departmentId'),
      kind: 'select',
      nullable: true,
      options: departmentOptions,
    },
  ];
}
