import { lookUpPeriod, asOfProblem } from '@server/contract/indicator-periods';
import type { Indicator } from '@server/contract/indicators';
import * as writes from '@server/contract/writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useIndicatorPeriods } from '@/hooks/use-indicator-periods';
import { useSaveIndicatorValue } from '@/features/chains/api/save-indicator-value';
import { useEditOptions } from '@/features/chains/components/edit/use-edit-options';

/**
 * The body plus the quarter it is for, which goes in the address; the as-of day must fall in
 * that quarter, as the server checks.
 */
const indicatorValueFormSchema = writes.indicatorValueFieldsSchema
  .extend({ period: writes.periodSchema })
  .superRefine((values, context) => {
    writes.refineProvenance(values, context);
    const wrongDay = values.asOf ? asOfProblem(values.period, values.asOf) : null;
    if (wrongDay) context.addIssue({ code: 'custom', path: ['asOf'], message: wrongDay });
  });

export function IndicatorValueDialog({
  chainId,
  indicator,
  onClose,
}: {
  chainId: number;
  indicator: Indicator;
  onClose: CloseDialog;
}) {
  const { t, format } = useEditOptions();
  const latest = indicator.values.at(-1);
  const mutation = useSaveIndicatorValue(chainId, indicator.id);
  const periods = useIndicatorPeriods().data;

  /** Says, under the quarter, whether it takes figures: before the editor tries to save. */
  const periodHint = (period: unknown) => {
    const lock = periods && typeof period === 'string' ? lookUpPeriod(periods, period) : null;
    if (lock?.state === 'locked') return t('editing.periodLocked', { period, date: lock.locksOn });
    if (lock?.state === 'reopened')
      return t('editing.periodReopened', { period, date: lock.reopenedUntil });
    return t('editing.periodHint');
  };

  const fields = (period: unknown) =>
    [
      { name: 'period', label: t('editing.fields.period'), kind: 'text', hint: periodHint(period) },
      { name: 'value', label: t('editing.fields.value'), kind: 'number', nullable: true },
      {
        name: 'asOf',
        label: t('editing.fields.asOf'),
        kind: 'date',
        nullable: true,
        hint: t('editing.asOfHint'),
      },
      {
        name: 'source',
        label: t('editing.fields.source'),
        kind: 'text',
        nullable: true,
        hint: t('editing.sourceHint'),
      },
      { name: 'target', label: t('editing.fields.target'), kind: 'number' },
      { name: 'warningThreshold', label: t('editing.fields.warningThreshold'), kind: 'number' },
      {
        name: 'excellentThreshold',
        label: t('editing.fields.excellentThreshold'),
        kind: 'number',
      },
    ] as const;

  return (
    <EditFormDialog
      title={t('editing.actions.editIndicator', { name: format.name(indicator) })}
      schema={indicatorValueFormSchema}
      fields={fields(latest?.period)}
      fieldsFor={(values) => fields(values.period)}
      initialValues={{
        period: latest?.period ?? '',
        value: latest?.value ?? null,
        asOf: latest?.asOf ?? null,
        source: latest?.source ?? null,
        target: latest?.target ?? Number.NaN,
        warningThreshold: latest?.warningThreshold ?? Number.NaN,
        excellentThreshold: latest?.excellentThreshold ?? Number.NaN,
        version: latest?.version ?? null,
      }}
      fromRecord={{
        schema: writes.indicatorValueRecordSchema,
        toValues: (record) => ({
          period: record.period,
          value: record.value,
          asOf: record.asOf,
          source: record.source,
          target: record.target,
          warningThreshold: record.warningThreshold,
          excellentThreshold: record.excellentThreshold,
          version: record.version,
        }),
      }}
      submit={({ period, ...body }) =>
        mutation.mutateAsync({
          period,
          // A quarter already on record is a change of its version; a new one is a create.
          body: {
            ...body,
            version: indicator.values.find((value) => value.period === period)?.version ?? null,
          },
        })
      }
      onClose={onClose}
    />
  );
}
