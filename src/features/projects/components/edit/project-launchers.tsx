import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '@server/contract/projects';
import { DialogLoading } from '@/components/editing/dialog-loading';
import { EditLauncher } from '@/components/editing/edit-button';
import { useCanEditRecordOf } from '@/lib/auth';

/*
 * The buttons that add or change a project. Shown only to users who may change its chain (the
 * server checks again); each dialog loads when it is first opened.
 */

const AddProjectDialog = lazy(() =>
  import('@/features/projects/components/edit/add-project-dialog').then((m) => ({
    default: m.AddProjectDialog,
  })),
);
const EditProjectDialog = lazy(() =>
  import('@/features/projects/components/edit/edit-project-dialog').then((m) => ({
    default: m.EditProjectDialog,
  })),
);

export function AddProject({ chainId }: { chainId: number }) {
  const { t } = useTranslation('editing');
  if (!useCanEditRecordOf(chainId)) return null;
  return (
    <EditLauncher label={t('editing.actions.addProject')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <AddProjectDialog chainId={chainId} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}

export function EditProject({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation('editing');
  if (!useCanEditRecordOf(project.chain.id)) return null;
  return (
    <EditLauncher label={t('editing.actions.editProject')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <EditProjectDialog project={project} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}
