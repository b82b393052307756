import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '@server/contract/problems';
import { problemBodySchema } from '@server/contract/writes';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import type { FieldSpec } from '@/components/editing/field-spec';
import { useEditMutation } from '@/components/editing/use-edit-mutation';
import { useFormatters } from '@/hooks/use-formatters';
import { useDepartmentOptions } from '@/hooks/use-filter-options';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/*
 * The steps of 收集—交办—办理—反馈 after collection, one dialog each: 交办 names the owner
 * department and the deadline, 办结反馈 the day it was resolved and what was done. Each asks only
 * for its step's fields and saves the whole problem, so the server's flow rules judge the step.
 */

export type ProblemStep = 'assign' | 'resolve';

type Values = Record<string, unknown>;
type Ref = { id: number } | null;

const stepFields = {
  assign: ['ownerDepartmentId', 'deadline'],
  resolve: ['resolvedOn', 'feedback'],
} as const satisfies Record<ProblemStep, readonly string[]>;

const stepStatus = { assign: 'assigned', resolve: 'resolved' } as const;

/** A problem as the update body wants it, from the detail page's data or a 409's record. */
function bodyOf(problem: Values): Values {
  return {
    title: problem.title,
    category: problem.category,
    firmId: problem.firmId ?? (problem.firm as Ref)?.id ?? null,
    raisedOn: problem.raisedOn,
    detail: problem.detail,
    status: problem.status,
    ownerDepartmentId: problem.ownerDepartmentId ?? (problem.ownerDepartment as Ref)?.id ?? null,
    deadline: problem.deadline,
    resolvedOn: problem.resolvedOn,
    feedback: problem.feedback,
    version: problem.version,
  };
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
  const latest = useRef<Values>(bodyOf(problem));
  const departmentItems = departments.data?.items ?? [];

  const mutation = useEditMutation<Values, ProblemDetail>({
    send: (body) => apiSend('PUT', `/api/problems/${problem.id}`, body, null),
    queryKey: queryKeys.problems.detail(problem.id),
    optimistic: (data, body) => ({
      ...data,
      status: body.status as ProblemDetail['status'],
      deadline: body.deadline as string | null,
      resolvedOn: body.resolvedOn as string | null,
      feedback: body.feedback as string | null,
      ownerDepartment:
        departmentItems.find((department) => department.id === body.ownerDepartmentId) ??
        data.ownerDepartment,
    }),
  });

  if (!departments.data) return null;

  const fields: FieldSpec[] =
    step === 'assign'
      ? [
          {
            name: 'ownerDepartmentId',
            label: t('editing.fields.ownerDepartmentId'),
            kind: 'select',
            nullable: true,
            options: departmentItems.map((department) => ({
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

  const asStep = (record: Values): Values => ({ ...bodyOf(record), status: stepStatus[step] });

  return (
    <EditFormDialog
      title={t(`problems.handle.${step}Title`, { ns: 'problems' })}
      schema={problemBodySchema}
      fields={fields}
      initialValues={asStep(problem)}
      fromRecord={(record) => {
        latest.current = bodyOf(record);
        return asStep(record);
      }}
      submit={(values) => {
        const body: Values = {
          ...latest.current,
          status: stepStatus[step],
          version: values.version,
        };
        for (const field of stepFields[step]) body[field] = values[field];
        return mutation.mutateAsync(body);
      }}
      onClose={onClose}
    />
  );
}
