import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '@server/contract/problems';
import { DialogLoading } from '@/components/editing/dialog-loading';
import { EditLauncher } from '@/components/editing/edit-button';
import { can, canEditChain, useSession } from '@/lib/auth';

// The form code loads with the first dialog opened, not with the problem page.
const ProblemStepDialog = lazy(() =>
  import('@/features/problems/components/problem-step-dialog').then((module) => ({
    default: module.ProblemStepDialog,
  })),
);

/**
 * The problem's next step as one clear action, for those who may change its chain (a problem
 * of no chain: administrators): 交办 while it is open, 办结反馈 once assigned.
 */
export function ProblemFlowActions({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation('problems');
  const user = useSession();
  const chainId = problem.chain?.id ?? null;
  const mayEdit = chainId === null ? can(user, 'write_all_chains') : canEditChain(user, chainId);
  if (!mayEdit || problem.status === 'resolved') return null;
  const step = problem.status === 'open' ? 'assign' : 'resolve';
  const label = t(`problems.handle.${step}`);
  return (
    <div className="problem-flow__actions">
      <EditLauncher label={label}>
        {(close) => (
          <Suspense fallback={<DialogLoading />}>
            <ProblemStepDialog problem={problem} step={step} onClose={close} />
          </Suspense>
        )}
      </EditLauncher>
    </div>
  );
}
