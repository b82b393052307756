import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '@server/contract/problems';
import type { ProjectDetail } from '@server/contract/projects';
import { DialogLoading } from '@/components/editing/dialog-loading';
import { EditLauncher } from '@/components/editing/edit-button';
import { canEditChain, useSession } from '@/lib/auth';

/*
 * Buttons that add or change a chain's projects, firm problems and status reports. Shown only to
 * users who may change the chain (the server checks again); the dialogs load when first opened.
 */

const dialogs = () => import('@/components/record-forms/record-dialogs');
const ProjectDialog = lazy(() => dialogs().then((m) => ({ default: m.ProjectDialog })));
const ProblemDialog = lazy(() => dialogs().then((m) => ({ default: m.ProblemDialog })));
const StatusReportDialog = lazy(() => dialogs().then((m) => ({ default: m.StatusReportDialog })));

/** Whether the signed-in user may change records of `chainId` (none: administrators only). */
function useMayEdit(chainId: number | null): boolean {
  const user = useSession();
  return chainId === null ? user.role === 'admin' : canEditChain(user, chainId);
}

export function AddProject({ chainId }: { chainId: number }) {
  const { t } = useTranslation('editing');
  if (!useMayEdit(chainId)) return null;
  return (
    <EditLauncher label={t('editing.actions.addProject')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <ProjectDialog chainId={chainId} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}

export function EditProject({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation('editing');
  if (!useMayEdit(project.chain.id)) return null;
  return (
    <EditLauncher label={t('editing.actions.editProject')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <ProjectDialog chainId={project.chain.id} project={project} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}

export function AddProblem({ chainId }: { chainId: number }) {
  const { t } = useTranslation('editing');
  if (!useMayEdit(chainId)) return null;
  return (
    <EditLauncher label={t('editing.actions.addProblem')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <ProblemDialog chainId={chainId} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}

export function EditProblem({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation('editing');
  const chainId = problem.chain?.id ?? null;
  if (!useMayEdit(chainId)) return null;
  return (
    <EditLauncher label={t('editing.actions.editProblem')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <ProblemDialog chainId={chainId} problem={problem} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}

export function AddStatusReport({ chainId }: { chainId: number }) {
  const { t } = useTranslation('editing');
  if (!useMayEdit(chainId)) return null;
  return (
    <EditLauncher label={t('editing.actions.addReport')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <StatusReportDialog chainId={chainId} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}
