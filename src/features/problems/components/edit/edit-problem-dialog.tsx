import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '@server/contract/problems';
import { problemBodySchema, problemRecordSchema } from '@server/contract/writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import type { FieldsOf } from '@/components/editing/field-spec';
import type { ProblemCreate } from '@/features/problems/api/create-problem';
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
  const form = useProblemFields(problem.chain?.id ?? null, problem);
  const mutation = useUpdateProblem(problem);
  if (!form) return null;
  // Status, department, deadline and feedback change through the steps, not here.
  const ownFields = (fields: FieldsOf<ProblemCreate>[]) =>
    fields.filter((field): field is FieldsOf<ProblemBody> => !workflowFields.has(field.name));
  return (
    <EditFormDialog
      title={t('editing.actions.editProblem')}
      schema={problemBodySchema}
      fields={ownFields(form.fields)}
      fieldsFor={(values) => ownFields(form.fieldsFor(values))}
      initialValues={problemBody(problem)}
      fromRecord={{ schema: problemRecordSchema, toValues: problemRecordBody }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}
