import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '@server/contract/problems';
import { DialogLoading } from '@/components/editing/dialog-loading';
import { EditLauncher } from '@/components/editing/edit-button';
import { useCanEditRecordOf } from '@/lib/auth';

/*
 * The buttons that raise or change a firm problem. Shown only to users who may change its chain
 * (a problem of no chain: administrators); each dialog loads when it is first opened.
 */

const AddProblemDialog = lazy(() =>
  import('@/features/problems/components/edit/add-problem-dialog').then((m) => ({
    default: m.AddProblemDialog,
  })),
);
const EditProblemDialog = lazy(() =>
  import('@/features/problems/components/edit/edit-problem-dialog').then((m) => ({
    default: m.EditProblemDialog,
  })),
);

export function AddProblem({ chainId }: { chainId: number }) {
  const { t } = useTranslation('editing');
  if (!useCanEditRecordOf(chainId)) return null;
  return (
    <EditLauncher label={t('editing.actions.addProblem')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <AddProblemDialog chainId={chainId} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}

export function EditProblem({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation('editing');
  if (!useCanEditRecordOf(problem.chain?.id ?? null)) return null;
  return (
    <EditLauncher label={t('editing.actions.editProblem')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <EditProblemDialog problem={problem} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}
