import * as domain from '@server/contract/domain';
import type { ChainLink } from '@server/contract/chains';
import { chainLinkBodySchema, chainLinkRecordSchema } from '@server/contract/writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useUpdateChainLink } from '@/features/chains/api/update-chain-link';
import { useEditOptions } from '@/features/chains/components/edit/use-edit-options';
import { useFirmSearch } from '@/hooks/use-firm-search';

export function ChainLinkDialog({
  chainId,
  link,
  onClose,
}: {
  chainId: number;
  link: ChainLink;
  onClose: CloseDialog;
}) {
  const { t, format, enumOptions } = useEditOptions();
  const mutation = useUpdateChainLink(chainId, link.id);
  // Any of the chain's firms, found by name on the server: the link's own are listed, checked.
  const search = useFirmSearch({ chainId });
  return (
    <EditFormDialog
      title={t('editing.actions.editLink', { name: format.name(link) })}
      schema={chainLinkBodySchema}
      fields={[
        {
          name: 'strength',
          label: t('editing.fields.strength'),
          kind: 'select',
          options: enumOptions(domain.linkStrengths, (value) =>
            t(`linkStrength.${value}`, { ns: 'translation' }),
          ),
        },
        { name: 'note', label: t('editing.fields.linkNote'), kind: 'textarea', nullable: true },
        {
          name: 'firmIds',
          label: t('editing.fields.firmIds'),
          kind: 'search-select',
          multiple: true,
          options: link.firms.map((firm) => ({ value: firm.id, label: format.name(firm) })),
          search,
        },
      ]}
      initialValues={{
        strength: link.strength,
        note: link.note,
        firmIds: link.firms.map((firm) => firm.id),
        version: link.version,
      }}
      fromRecord={{
        schema: chainLinkRecordSchema,
        toValues: ({ strength, note, firmIds, version }) => ({ strength, note, firmIds, version }),
      }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}
