import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '@server/contract/problems';
import { problemBodySchema, problemRecordSchema } from '@server/contract/writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import type { FieldsOf } from '@/components/editing/field-spec';
import { useUpdateProblem, type ProblemBody } from '@/features/problems/api/update-problem';
import { problemBody, problemRecordBody } from '@/features/problems/components/edit/problem-body';
import {
  useProblemFields,
  workflowFields,
} from '@/features/problems/components/edit/problem-fields';

export function EditProblemDialog({
  problem,
  onClose,
}: {
  problem: ProblemDetail;
  onClose: CloseDialog;
}) {
  const { t } = useTranslation('editing');
  const fields = useProblemFields(problem.chain?.id ?? null, problem);
  const mutation = useUpdateProblem(problem);
  if (!fields) return null;
  return (
    <EditFormDialog
      title={t('editing.actions.editProblem')}
      schema={problemBodySchema}
      // Status, department, deadline and feedback change through the steps, not here.
      fields={fields.filter(
        (field): field is FieldsOf<ProblemBody> => !workflowFields.has(field.name),
      )}
      initialValues={problemBody(problem)}
      fromRecord={{ schema: problemRecordSchema, toValues: problemRecordBody }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}
