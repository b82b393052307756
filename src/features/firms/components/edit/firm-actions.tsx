import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { FirmDetail } from '@server/contract/firms';
import { DialogLoading } from '@/components/editing/dialog-loading';
import { EditLauncher } from '@/components/editing/edit-button';
import { ConfirmAction } from '@/components/editing/confirm-action';
import { useRestoreFirm } from '@/features/firms/api/restore-firm';
import { useWithdrawFirm } from '@/features/firms/api/withdraw-firm';
import { canEditAllChains, useSession } from '@/lib/auth';

const FirmDialog = lazy(() =>
  import('@/features/firms/components/edit/firm-dialog').then((m) => ({ default: m.FirmDialog })),
);

/** 新增企业: for administrators and editors (who put the firm in their chains). */
export function AddFirm() {
  const { t } = useTranslation('firms');
  const user = useSession();
  if (user.role === 'viewer') return null;
  return (
    <EditLauncher label={t('firms.edit.add')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <FirmDialog onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}

/** 编辑企业, 迁出 / 注销, or 恢复 on a firm's page, for those who may change it. */
export function FirmActions({ firm }: { firm: FirmDetail }) {
  const { t } = useTranslation('firms');
  const withdraw = useWithdrawFirm(firm.id);
  const restore = useRestoreFirm(firm.id);
  // Every chain the firm is in must be the editor's (the server's rule).
  const mayEdit = canEditAllChains(
    useSession(),
    firm.chains.map((chain) => chain.id),
  );
  if (!mayEdit) return null;
  if (firm.withdrawnAt) {
    return (
      <div className="list-actions">
        <ConfirmAction
          label={t('firms.edit.restore')}
          question={t('firms.edit.restoreQuestion', { name: firm.name })}
          confirmLabel={t('firms.edit.restore')}
          action={() => restore.mutateAsync(firm.version)}
        />
      </div>
    );
  }
  return (
    <div className="list-actions">
      <EditLauncher label={t('firms.edit.edit')}>
        {(close) => (
          <Suspense fallback={<DialogLoading />}>
            <FirmDialog firm={firm} onClose={close} />
          </Suspense>
        )}
      </EditLauncher>
      {(['moved_out', 'deregistered'] as const).map((reason) => (
        <ConfirmAction
          key={reason}
          label={t(`firms.edit.withdraw.${reason}`)}
          question={t(`firms.edit.withdrawQuestion.${reason}`, { name: firm.name })}
          confirmLabel={t(`firms.edit.withdraw.${reason}`)}
          action={() => withdraw.mutateAsync({ version: firm.version, reason })}
        />
      ))}
    </div>
  );
}
