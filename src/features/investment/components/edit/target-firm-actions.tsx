import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetFirmDetail } from '@server/contract/investment';
import { ConfirmAction } from '@/components/editing/confirm-action';
import { DialogLoading } from '@/components/editing/dialog-loading';
import { EditLauncher } from '@/components/editing/edit-button';
import { useRestoreTargetFirm } from '@/features/investment/api/restore-target-firm';
import { useWithdrawTargetFirm } from '@/features/investment/api/withdraw-target-firm';
import { can, canEditAllChains, useSession } from '@/lib/auth';

const TargetFirmDialog = lazy(() =>
  import('@/features/investment/components/edit/target-firm-dialog').then((m) => ({
    default: m.TargetFirmDialog,
  })),
);

/** 新增目标企业: for administrators and the editors of some chain (it must serve one of theirs). */
export function AddTargetFirm() {
  const { t } = useTranslation('investment');
  const user = useSession();
  const mayAdd =
    can(user, 'write_all_chains') || (user.role === 'editor' && user.chainIds.length > 0);
  if (!mayAdd) return null;
  return (
    <EditLauncher label={t('investment.targetFirms.edit.add')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <TargetFirmDialog onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}

/** 编辑 / 撤回, or 恢复, for those who may change every chain the target firm serves. */
export function TargetFirmActions({ firm }: { firm: TargetFirmDetail }) {
  const { t } = useTranslation('investment');
  const withdraw = useWithdrawTargetFirm(firm.id);
  const restore = useRestoreTargetFirm(firm.id);
  const mayEdit = canEditAllChains(
    useSession(),
    firm.chains.map((chain) => chain.id),
  );
  if (!mayEdit) return null;
  if (firm.withdrawnAt) {
    return (
      <div className="list-actions">
        <ConfirmAction
          label={t('investment.targetFirms.edit.restore')}
          question={t('investment.targetFirms.edit.restoreQuestion', { name: firm.name })}
          confirmLabel={t('investment.targetFirms.edit.restore')}
          action={() => restore.mutateAsync(firm.version)}
        />
      </div>
    );
  }
  return (
    <div className="list-actions">
      <EditLauncher label={t('investment.targetFirms.edit.edit')}>
        {(close) => (
          <Suspense fallback={<DialogLoading />}>
            <TargetFirmDialog firm={firm} onClose={close} />
          </Suspense>
        )}
      </EditLauncher>
      <ConfirmAction
        label={t('investment.targetFirms.edit.withdraw')}
        question={t('investment.targetFirms.edit.withdrawQuestion', { name: firm.name })}
        confirmLabel={t('investment.targetFirms.edit.withdraw')}
        action={() => withdraw.mutateAsync(firm.version)}
      />
    </div>
  );
}
