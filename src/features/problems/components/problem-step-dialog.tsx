import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '@server/contract/problems';
import {
  problemAssignBodySchema,
  problemFeedbackBodySchema,
  problemResponseBodySchema,
  problemStepBodySchema,
  problemStepRecordSchema,
} from '@server/contract/problem-steps';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useAcceptProblem } from '@/features/problems/api/accept-problem';
import { useAssignProblem } from '@/features/problems/api/assign-problem';
import { useMarkProblemHandled } from '@/features/problems/api/mark-problem-handled';
import { useRecordProblemFeedback } from '@/features/problems/api/record-problem-feedback';
import { useRespondToProblem } from '@/features/problems/api/respond-to-problem';
import { useFormatters } from '@/hooks/use-formatters';
import { useDepartmentOptions } from '@/hooks/use-filter-options';

/*
 * The steps of 收集—交办—办理—反馈 after collection, one form each, each sending only its own
 * fields and the version it was opened with; the server judges whether the step may be taken.
 */

export type ProblemStep = 'assign' | 'accept' | 'respond' | 'handled' | 'feedback';

interface ProblemStepDialogProps {
  problem: ProblemDetail;
  step: ProblemStep;
  onClose: () => void;
}

/** A 409's record gives the version to retry with; the fields stay as typed. */
const versionOf = { schema: problemStepRecordSchema, toValues: (r: { version: number }) => r };

export function ProblemStepDialog({ problem, step, onClose }: ProblemStepDialogProps) {
  // The step it was opened for: a save moves the problem on before the dialog closes.
  const [opened] = useState(step);
  const { t } = useTranslation(['editing', 'problems']);
  const title = t(`problems.steps.${opened}Title`, { ns: 'problems' });
  const common = { title, onClose };
  if (opened === 'assign') return <AssignDialog problem={problem} common={common} />;
  if (opened === 'respond') return <RespondDialog problem={problem} common={common} />;
  if (opened === 'feedback') return <FeedbackDialog problem={problem} common={common} />;
  return <ConfirmDialog problem={problem} step={opened} common={common} />;
}

type Common = { title: string; onClose: () => void };

function AssignDialog({ problem, common }: { problem: ProblemDetail; common: Common }) {
  const { t } = useTranslation('editing');
  const format = useFormatters();
  const departments = useDepartmentOptions();
  const mutation = useAssignProblem(problem);
  if (!departments.data) return null;
  return (
    <EditFormDialog
      {...common}
      schema={problemAssignBodySchema}
      fields={[
        {
          name: 'ownerDepartmentId',
          label: t('editing.fields.ownerDepartmentId'),
          kind: 'select',
          options: departments.data.items.map((department) => ({
            value: department.id,
            label: format.name(department),
          })),
        },
        { name: 'deadline', label: t('editing.fields.deadline'), kind: 'date' },
        { name: 'note', label: t('editing.fields.assignNote'), kind: 'textarea', nullable: true },
      ]}
      initialValues={{
        ownerDepartmentId: problem.ownerDepartment?.id ?? departments.data.items[0]?.id ?? 0,
        deadline: problem.deadline ?? '',
        note: null,
        version: problem.version,
      }}
      fromRecord={{
        schema: problemStepRecordSchema,
        toValues: (record) => ({
          ownerDepartmentId: record.ownerDepartmentId ?? 0,
          deadline: record.deadline ?? '',
          note: record.stepNote,
          version: record.version,
        }),
      }}
      submit={mutation.mutateAsync}
    />
  );
}

function RespondDialog({ problem, common }: { problem: ProblemDetail; common: Common }) {
  const { t } = useTranslation('editing');
  const mutation = useRespondToProblem(problem);
  return (
    <EditFormDialog
      {...common}
      schema={problemResponseBodySchema}
      fields={[{ name: 'response', label: t('editing.fields.response'), kind: 'textarea' }]}
      initialValues={{ response: problem.response ?? '', version: problem.version }}
      fromRecord={{
        schema: problemStepRecordSchema,
        toValues: (record) => ({ response: record.response ?? '', version: record.version }),
      }}
      submit={mutation.mutateAsync}
    />
  );
}

function FeedbackDialog({ problem, common }: { problem: ProblemDetail; common: Common }) {
  const { t } = useTranslation('editing');
  const mutation = useRecordProblemFeedback(problem);
  return (
    <EditFormDialog
      {...common}
      schema={problemFeedbackBodySchema}
      fields={[
        { name: 'satisfied', label: t('editing.fields.satisfied'), kind: 'checkbox' },
        { name: 'feedback', label: t('editing.fields.firmFeedback'), kind: 'textarea' },
      ]}
      initialValues={{ satisfied: true, feedback: '', version: problem.version }}
      fromRecord={{
        schema: problemStepRecordSchema,
        toValues: (record) => ({ satisfied: true, feedback: '', version: record.version }),
      }}
      submit={mutation.mutateAsync}
    />
  );
}

/** 受理 and 办理完毕 ask nothing but to confirm. */
function ConfirmDialog({
  problem,
  step,
  common,
}: {
  problem: ProblemDetail;
  step: 'accept' | 'handled';
  common: Common;
}) {
  const accept = useAcceptProblem(problem);
  const handled = useMarkProblemHandled(problem);
  const mutation = step === 'accept' ? accept : handled;
  return (
    <EditFormDialog
      {...common}
      schema={problemStepBodySchema}
      fields={[]}
      initialValues={{ version: problem.version }}
      fromRecord={versionOf}
      submit={mutation.mutateAsync}
    />
  );
}
