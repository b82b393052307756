import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterDetail } from '@server/contract/clusters';
import { ConfirmAction } from '@/components/editing/confirm-action';
import { DialogLoading } from '@/components/editing/dialog-loading';
import { EditLauncher } from '@/components/editing/edit-button';
import { useRestoreCluster } from '@/features/clusters/api/restore-cluster';
import { useWithdrawCluster } from '@/features/clusters/api/withdraw-cluster';
import { canEditAllChains, useSession } from '@/lib/auth';

const ClusterDialog = lazy(() =>
  import('@/features/clusters/components/edit/cluster-dialog').then((m) => ({
    default: m.ClusterDialog,
  })),
);

/** 新增集群: for administrators and editors (who put the cluster in their chains). */
export function AddCluster() {
  const { t } = useTranslation('clusters');
  if (useSession().role === 'viewer') return null;
  return (
    <EditLauncher label={t('clusters.edit.add')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <ClusterDialog onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}

/** 编辑集群 and 撤回, or 恢复, on a cluster's page, for those who may change every chain of it. */
export function ClusterActions({ cluster }: { cluster: ClusterDetail }) {
  const { t } = useTranslation('clusters');
  const withdraw = useWithdrawCluster(cluster.id);
  const restore = useRestoreCluster(cluster.id);
  const user = useSession();
  if (
    !canEditAllChains(
      user,
      cluster.chains.map((chain) => chain.id),
    )
  )
    return null;
  if (cluster.withdrawnAt) {
    return (
      <div className="list-actions">
        <ConfirmAction
          label={t('clusters.edit.restore')}
          question={t('clusters.edit.restoreQuestion', { name: cluster.name })}
          confirmLabel={t('clusters.edit.restore')}
          action={() => restore.mutateAsync(cluster.version)}
        />
      </div>
    );
  }
  return (
    <div className="list-actions">
      <EditLauncher label={t('clusters.edit.edit')}>
        {(close) => (
          <Suspense fallback={<DialogLoading />}>
            <ClusterDialog cluster={cluster} onClose={close} />
          </Suspense>
        )}
      </EditLauncher>
      <ConfirmAction
        label={t('clusters.edit.withdraw')}
        question={t('clusters.edit.withdrawQuestion', { name: cluster.name })}
        confirmLabel={t('clusters.edit.withdraw')}
        action={() => withdraw.mutateAsync({ version: cluster.version })}
      />
    </div>
  );
}
