import * as domain from '@server/contract/domain';
import { chainStatusBodySchema, chainStatusRecordSchema } from '@server/contract/writes';
import type { ChainDetail } from '@server/contract/chains';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useUpdateChainStatus } from '@/features/chains/api/update-chain-status';
import { useEditOptions } from '@/features/chains/components/edit/use-edit-options';

export function ChainStatusDialog({
  chain,
  onClose,
}: {
  chain: ChainDetail;
  onClose: CloseDialog;
}) {
  const { t, enumOptions } = useEditOptions();
  const mutation = useUpdateChainStatus(chain.id);
  return (
    <EditFormDialog
      title={t('editing.actions.status')}
      schema={chainStatusBodySchema}
      fields={[
        {
          name: 'status',
          label: t('editing.fields.status'),
          kind: 'select',
          options: enumOptions(domain.ragStatuses, (value) =>
            t(`status.${value}`, { ns: 'translation' }),
          ),
        },
        {
          name: 'statusNote',
          label: t('editing.fields.statusNote'),
          kind: 'textarea',
          nullable: true,
        },
      ]}
      initialValues={{ status: chain.status, statusNote: chain.statusNote, version: chain.version }}
      fromRecord={{
        schema: chainStatusRecordSchema,
        toValues: ({ status, statusNote, version }) => ({ status, statusNote, version }),
      }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}
