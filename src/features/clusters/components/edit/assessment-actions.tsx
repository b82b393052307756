import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterAssessment } from '@server/contract/clusters';
import { ConfirmAction } from '@/components/editing/confirm-action';
import { DialogLoading } from '@/components/editing/dialog-loading';
import { EditLauncher } from '@/components/editing/edit-button';
import { useRestoreAssessment } from '@/features/clusters/api/restore-assessment';
import { useWithdrawAssessment } from '@/features/clusters/api/withdraw-assessment';

const AssessmentDialog = lazy(() =>
  import('@/features/clusters/components/edit/assessment-dialog').then((m) => ({
    default: m.AssessmentDialog,
  })),
);

/** 新增年度评估, for those who may change the cluster (the caller decides). */
export function AddAssessment({ clusterId }: { clusterId: number }) {
  const { t } = useTranslation('clusters');
  return (
    <EditLauncher label={t('clusters.assessments.add')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <AssessmentDialog clusterId={clusterId} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}

/** 编辑 and 撤回, or 恢复, in an assessment's row. */
export function AssessmentActions({ assessment }: { assessment: ClusterAssessment }) {
  const { t } = useTranslation('clusters');
  const withdraw = useWithdrawAssessment(assessment.id);
  const restore = useRestoreAssessment(assessment.id);
  const which = { year: assessment.year };
  if (assessment.withdrawnAt) {
    return (
      <ConfirmAction
        label={t('clusters.assessments.restoreLabel', which)}
        shortLabel={t('clusters.edit.restore')}
        question={t('clusters.assessments.restoreQuestion', which)}
        confirmLabel={t('clusters.edit.restore')}
        action={() => restore.mutateAsync(assessment.version)}
      />
    );
  }
  return (
    <>
      <EditLauncher
        label={t('clusters.assessments.editLabel', which)}
        shortLabel={t('clusters.assessments.editShort')}
      >
        {(close) => (
          <Suspense fallback={<DialogLoading />}>
            <AssessmentDialog
              clusterId={assessment.clusterId}
              assessment={assessment}
              onClose={close}
            />
          </Suspense>
        )}
      </EditLauncher>
      <ConfirmAction
        label={t('clusters.assessments.withdrawLabel', which)}
        shortLabel={t('clusters.edit.withdraw')}
        question={t('clusters.assessments.withdrawQuestion', which)}
        confirmLabel={t('clusters.edit.withdraw')}
        action={() => withdraw.mutateAsync(assessment.version)}
      />
    </>
  );
}
