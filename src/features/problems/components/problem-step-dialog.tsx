import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '@server/contract/problems';
import { problemBodySchema, problemRecordSchema } from '@server/contract/writes';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import type { FieldsOf } from '@/components/editing/field-spec';
import { useUpdateProblem, type ProblemBody } from '@/features/problems/api/update-problem';
import { problemBody, problemRecordBody } from '@/features/problems/components/edit/problem-body';
import { useFormatters } from '@/hooks/use-formatters';
import { useDepartmentOptions } from '@/hooks/use-filter-options';

/*
 * The steps of 收集—交办—办理—反馈 after collection, one dialog each: 交办 names the owner
 * department and the deadline, 办结反馈 the day it was resolved and what was done. Each asks only
 * for its step's fields and saves the whole problem, so the server's flow rules judge the step.
 */

export type ProblemStep = 'assign' | 'resolve';

const stepStatus = { assign: 'assigned', resolve: 'resolved' } as const;

/** The problem with this step's fields (and status) from `values`, the rest from `problem`. */
function takeStep(step: ProblemStep, problem: ProblemBody, values: ProblemBody): ProblemBody {
  const fields =
    step === 'assign'
      ? { ownerDepartmentId: values.ownerDepartmentId, deadline: values.deadline }
      : { resolvedOn: values.resolvedOn, feedback: values.feedback };
  return { ...problem, ...fields, status: stepStatus[step], version: values.version };
}

interface ProblemStepDialogProps {
  problem: ProblemDetail;
  step: ProblemStep;
  onClose: () => void;
}

export function ProblemStepDialog(props: ProblemStepDialogProps) {
  const { problem, onClose } = props;
  // The step it was opened for. A save shows on the page at once, which moves the problem to
  // its next step before the server answers; a refused save moves it back. The form stays put.
  const [step] = useState(props.step);
  const { t } = useTranslation(['editing', 'problems', 'translation']);
  const format = useFormatters();
  const departments = useDepartmentOptions();
  // The rest of the problem as last seen: after a 409, as the colleague saved it, so taking
  // this step over theirs changes only this step's fields.
  const latest = useRef<ProblemBody>(problemBody(problem));
  const mutation = useUpdateProblem(problem, (id) =>
    departments.data?.items.find((department) => department.id === id),
  );

  if (!departments.data) return null;

  const fields: FieldsOf<ProblemBody>[] =
    step === 'assign'
      ? [
          {
            name: 'ownerDepartmentId',
            label: t('editing.fields.ownerDepartmentId'),
            kind: 'select',
            nullable: true,
            options: departments.data.items.map((department) => ({
              value: department.id,
              label: format.name(department),
            })),
          },
          { name: 'deadline', label: t('editing.fields.deadline'), kind: 'date', nullable: true },
        ]
      : [
          {
            name: 'resolvedOn',
            label: t('editing.fields.resolvedOn'),
            kind: 'date',
            nullable: true,
          },
          {
            name: 'feedback',
            label: t('editing.fields.feedback'),
            kind: 'textarea',
            nullable: true,
          },
        ];

  const asStep = (body: ProblemBody): ProblemBody => ({ ...body, status: stepStatus[step] });

  return (
    <EditFormDialog
      title={t(`problems.handle.${step}Title`, { ns: 'problems' })}
      schema={problemBodySchema}
      fields={fields}
      initialValues={asStep(problemBody(problem))}
      fromRecord={{
        schema: problemRecordSchema,
        toValues: (record) => {
          latest.current = problemRecordBody(record);
          return asStep(latest.current);
        },
      }}
      submit={(values) => mutation.mutateAsync(takeStep(step, latest.current, values))}
      onClose={onClose}
    />
  );
}
