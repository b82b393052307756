import { useTranslation } from 'react-i18next';
import {
  indicatorPeriodLockRecordSchema,
  relockPeriodBodySchema,
  type IndicatorPeriod,
} from '@server/contract/indicator-periods';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useRelockIndicatorPeriod } from '@/features/indicator-periods/api/relock-indicator-period';

/** 重新锁定: ends a reopening before its day, with a reason. */
export function RelockPeriodDialog({
  period,
  version,
  onClose,
}: {
  period: IndicatorPeriod;
  /** The reopening's version: only a reopened quarter is relocked. */
  version: number;
  onClose: CloseDialog;
}) {
  const { t } = useTranslation('admin');
  const mutation = useRelockIndicatorPeriod(period.period);
  return (
    <EditFormDialog
      title={t('admin.indicatorPeriods.relockTitle', { period: period.period })}
      schema={relockPeriodBodySchema}
      fields={[{ name: 'reason', label: t('admin.indicatorPeriods.reason'), kind: 'textarea' }]}
      initialValues={{ reason: '', version }}
      fromRecord={{
        schema: indicatorPeriodLockRecordSchema,
        toValues: (record) => ({ reason: record.reason, version: record.version }),
      }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}
