import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '@server/contract/problems';
import { useFormatters } from '@/hooks/use-formatters';
import { DataText } from '@/components/vocabulary/data-text';

type StepState = 'done' | 'current' | 'pending';

/**
 * Where a problem stands in 收集—交办—办理—反馈, each step said in words; `actions` take it to
 * the next step.
 */
export function ProblemFlow({ problem, actions }: { problem: ProblemDetail; actions?: ReactNode }) {
  const { t } = useTranslation('problems');
  const format = useFormatters();
  const reached = { open: 0, assigned: 1, resolved: 2 }[problem.status];
  // A resolved problem has finished every step; otherwise the step it reached is under way.
  const stateOf = (step: number): StepState =>
    step < reached || problem.status === 'resolved'
      ? 'done'
      : step === reached
        ? 'current'
        : 'pending';

  const steps = [
    {
      name: t('problems.flow.collected'),
      note: t('problems.flow.raisedOn', { date: format.date(problem.raisedOn) }),
    },
    {
      name: t('problems.flow.assigned'),
      note:
        reached >= 1 && problem.ownerDepartment
          ? t('problems.flow.assignedTo', { department: format.name(problem.ownerDepartment) })
          : reached >= 1
            ? t('problems.flow.assignedNoDepartment')
            : null,
    },
    {
      name: t('problems.flow.resolved'),
      note: problem.resolvedOn
        ? t('problems.flow.resolvedOn', { date: format.date(problem.resolvedOn) })
        : null,
    },
  ];

  return (
    <section className="panel" aria-labelledby="problem-flow-title">
      <h2 id="problem-flow-title">{t('problems.flow.title')}</h2>
      <ol className="problem-flow">
        {steps.map((step, index) => {
          const state = stateOf(index);
          return (
            <li
              key={step.name}
              className={`problem-flow__step problem-flow__step--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <strong>{step.name}</strong> · {t(`problems.flow.${state}`)}
              {step.note && (
                <>
                  {' · '}
                  <DataText>{step.note}</DataText>
                </>
              )}
            </li>
          );
        })}
      </ol>
      {actions}
    </section>
  );
}
