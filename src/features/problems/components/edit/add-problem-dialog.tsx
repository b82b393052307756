import { useTranslation } from 'react-i18next';
import { cityDay } from '@server/contract/city-time';
import { problemCreateSchema } from '@server/contract/writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useCreateProblem } from '@/features/problems/api/create-problem';
import { useProblemFields } from '@/features/problems/components/edit/problem-fields';

export function AddProblemDialog({ chainId, onClose }: { chainId: number; onClose: CloseDialog }) {
  const { t } = useTranslation('editing');
  const form = useProblemFields(chainId);
  const mutation = useCreateProblem(chainId);
  if (!form) return null;
  return (
    <EditFormDialog
      title={t('editing.actions.addProblem')}
      schema={problemCreateSchema}
      fields={form.fields}
      fieldsFor={form.fieldsFor}
      initialValues={{
        title: '',
        category: '',
        firmId: null,
        meetingId: null,
        // Raised today, on the city's calendar, unless the user says otherwise.
        raisedOn: cityDay(new Date()),
        detail: null,
        status: 'open',
        ownerDepartmentId: null,
        deadline: null,
        resolvedOn: null,
        feedback: null,
      }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}
