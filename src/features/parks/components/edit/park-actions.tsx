import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkDetail } from '@server/contract/parks';
import { ConfirmAction } from '@/components/editing/confirm-action';
import { DialogLoading } from '@/components/editing/dialog-loading';
import { EditLauncher } from '@/components/editing/edit-button';
import { useRestorePark } from '@/features/parks/api/restore-park';
import { useWithdrawPark } from '@/features/parks/api/withdraw-park';
import { canEditAllChains, useSession } from '@/lib/auth';

const ParkDialog = lazy(() =>
  import('@/features/parks/components/edit/park-dialog').then((m) => ({
    default: m.ParkDialog,
  })),
);

/** 新增园区: for administrators and editors (a park hosting their chains only). */
export function AddPark() {
  const { t } = useTranslation('parks');
  if (useSession().role === 'viewer') return null;
  return (
    <EditLauncher label={t('parks.edit.add')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <ParkDialog onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}

/** 编辑园区 and 撤回, or 恢复, on a park's page, for those who may change every chain of it. */
export function ParkActions({ park }: { park: ParkDetail }) {
  const { t } = useTranslation('parks');
  const withdraw = useWithdrawPark(park.id);
  const restore = useRestorePark(park.id);
  const user = useSession();
  if (
    !canEditAllChains(
      user,
      park.chains.map((chain) => chain.id),
    )
  )
    return null;
  if (park.withdrawnAt) {
    return (
      <div className="list-actions">
        <ConfirmAction
          label={t('parks.edit.restore')}
          question={t('parks.edit.restoreQuestion', { name: park.name })}
          confirmLabel={t('parks.edit.restore')}
          action={() => restore.mutateAsync(park.version)}
        />
      </div>
    );
  }
  return (
    <div className="list-actions">
      <EditLauncher label={t('parks.edit.edit')}>
        {(close) => (
          <Suspense fallback={<DialogLoading />}>
            <ParkDialog park={park} onClose={close} />
          </Suspense>
        )}
      </EditLauncher>
      <ConfirmAction
        label={t('parks.edit.withdraw')}
        question={t('parks.edit.withdrawQuestion', { name: park.name })}
        confirmLabel={t('parks.edit.withdraw')}
        action={() => withdraw.mutateAsync({ version: park.version })}
      />
    </div>
  );
}
