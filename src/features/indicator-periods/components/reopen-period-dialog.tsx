import { useTranslation } from 'react-i18next';
import {
  addDays,
  indicatorPeriodLockRecordSchema,
  reopenPeriodBodySchema,
  type IndicatorPeriod,
} from '@server/contract/indicator-periods';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useReopenIndicatorPeriod } from '@/features/indicator-periods/api/reopen-indicator-period';

/** 解锁: the quarter takes figures again until a day the administrator chooses, with a reason. */
export function ReopenPeriodDialog({
  period,
  today,
  onClose,
}: {
  period: IndicatorPeriod;
  today: string;
  onClose: CloseDialog;
}) {
  const { t } = useTranslation('admin');
  const mutation = useReopenIndicatorPeriod(period.period);
  return (
    <EditFormDialog
      title={t('admin.indicatorPeriods.reopenTitle', { period: period.period })}
      schema={reopenPeriodBodySchema}
      fields={[
        {
          name: 'until',
          label: t('admin.indicatorPeriods.until'),
          kind: 'date',
          hint: t('admin.indicatorPeriods.untilHint'),
        },
        { name: 'reason', label: t('admin.indicatorPeriods.reason'), kind: 'textarea' },
      ]}
      initialValues={{
        // A week is enough for most corrections; the administrator can choose otherwise.
        until:
          period.reopenedUntil && period.reopenedUntil >= today
            ? period.reopenedUntil
            : addDays(today, 7),
        reason: '',
        version: period.version,
      }}
      fromRecord={{
        schema: indicatorPeriodLockRecordSchema,
        toValues: (record) => ({
          until: record.reopenedUntil ?? today,
          reason: record.reason,
          version: record.version,
        }),
      }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}
