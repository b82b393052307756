import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '@server/contract/problems';
import { DialogLoading } from '@/components/editing/dialog-loading';
import { EditLauncher } from '@/components/editing/edit-button';
import { can, canEditChain, useSession } from '@/lib/auth';
import type { ProblemStep } from '@/features/problems/components/problem-step-dialog';

// The form code loads with the first dialog opened, not with the problem page.
const ProblemStepDialog = lazy(() =>
  import('@/features/problems/components/problem-step-dialog').then((module) => ({
    default: module.ProblemStepDialog,
  })),
);

/**
 * The steps the signed-in user may take now, the server's rules mirrored: the chain's task
 * force (a problem of no chain: administrators) assigns it and records the firm's feedback once
 * handled; the owner department's users accept it, respond and mark it handled.
 */
function stepsFor(
  problem: ProblemDetail,
  user: ReturnType<typeof useSession>,
): readonly ProblemStep[] {
  if (problem.withdrawnAt || problem.status === 'resolved') return [];
  const chainId = problem.chain?.id ?? null;
  const chainWriter =
    chainId === null ? can(user, 'write_all_chains') : canEditChain(user, chainId);
  if (chainWriter) return problem.stage === 'handled' ? ['assign', 'feedback'] : ['assign'];
  const ours =
    can(user, 'handle_department_problems') &&
    user?.departmentId != null &&
    user.departmentId === problem.ownerDepartment?.id;
  if (!ours) return [];
  if (problem.stage === 'awaiting_acceptance') return ['accept'];
  if (problem.stage === 'accepted') return problem.response ? ['respond', 'handled'] : ['respond'];
  return [];
}

export function ProblemFlowActions({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation('problems');
  const steps = stepsFor(problem, useSession());
  if (steps.length === 0) return null;
  return (
    <div className="problem-flow__actions">
      {steps.map((step) => (
        <EditLauncher key={step} label={t(`problems.steps.${step}`)}>
          {(close) => (
            <Suspense fallback={<DialogLoading />}>
              <ProblemStepDialog problem={problem} step={step} onClose={close} />
            </Suspense>
          )}
        </EditLauncher>
      ))}
    </div>
  );
}
