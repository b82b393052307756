import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '@server/contract/problems';
import { problemBodySchema, problemRecordSchema } from '@server/contract/writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useUpdateProblem } from '@/features/problems/api/update-problem';
import { problemBody, problemRecordBody } from '@/features/problems/components/edit/problem-body';
import { useProblemFields } from '@/features/problems/components/edit/problem-fields';
import { useDepartmentOptions } from '@/hooks/use-filter-options';

export function EditProblemDialog({
  problem,
  onClose,
}: {
  problem: ProblemDetail;
  onClose: CloseDialog;
}) {
  const { t } = useTranslation('editing');
  const fields = useProblemFields(problem.chain?.id ?? null, problem);
  const departments = useDepartmentOptions();
  const mutation = useUpdateProblem(problem, (id) =>
    departments.data?.items.find((department) => department.id === id),
  );
  if (!fields) return null;
  return (
    <EditFormDialog
      title={t('editing.actions.editProblem')}
      schema={problemBodySchema}
      fields={fields}
      initialValues={problemBody(problem)}
      fromRecord={{ schema: problemRecordSchema, toValues: problemRecordBody }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}
