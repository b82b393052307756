import type { Indicator } from '@server/contract/indicators';
import * as writes from '@server/contract/writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useSaveIndicatorValue } from '@/features/chains/api/save-indicator-value';
import { useEditOptions } from '@/features/chains/components/edit/use-edit-options';

/** The body plus the quarter it is for, which goes in the address. */
const indicatorValueFormSchema = writes.indicatorValueBodySchema.extend({
  period: writes.periodSchema,
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
  return (
    <EditFormDialog
      title={t('editing.actions.editIndicator', { name: format.name(indicator) })}
      schema={indicatorValueFormSchema}
      fields={[
        {
          name: 'period',
          label: t('editing.fields.period'),
          kind: 'text',
          hint: t('editing.periodHint'),
        },
        { name: 'value', label: t('editing.fields.value'), kind: 'number', nullable: true },
        { name: 'target', label: t('editing.fields.target'), kind: 'number' },
        { name: 'warningThreshold', label: t('editing.fields.warningThreshold'), kind: 'number' },
        {
          name: 'excellentThreshold',
          label: t('editing.fields.excellentThreshold'),
          kind: 'number',
        },
      ]}
      initialValues={{
        period: latest?.period ?? '',
        value: latest?.value ?? null,
        target: latest?.target ?? Number.NaN,
        warningThreshold: latest?.warningThreshold ?? Number.NaN,
        excellentThreshold: latest?.excellentThreshold ?? Number.NaN,
        version: latest?.version ?? null,
      }}
      fromRecord={{
        schema: writes.indicatorValueRecordSchema,
        toValues: ({ period, value, target, warningThreshold, excellentThreshold, version }) => ({
          period,
          value,
          target,
          warningThreshold,
          excellentThreshold,
          version,
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
