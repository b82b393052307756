import * as domain from '@server/contract/domain';
import type { FiveOneItem } from '@server/contract/domain';
import { fiveOneBodySchema, fiveOneRecordSchema } from '@server/contract/writes';
import type { ChainDetail } from '@server/contract/chains';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useSaveFiveOne } from '@/features/chains/api/save-five-one';
import { useEditOptions } from '@/features/chains/components/edit/use-edit-options';

export function FiveOneStateDialog({
  chain,
  item,
  onClose,
}: {
  chain: ChainDetail;
  item: FiveOneItem;
  onClose: CloseDialog;
}) {
  const { t, enumOptions } = useEditOptions();
  const current = chain.fiveOnes[item];
  const mutation = useSaveFiveOne(chain.id, item);
  return (
    <EditFormDialog
      title={t('editing.actions.fiveOne', {
        item: t(`fiveOnes.items.${item}`, { ns: 'translation' }),
      })}
      schema={fiveOneBodySchema}
      fields={[
        {
          name: 'state',
          label: t('editing.fields.state'),
          kind: 'select',
          options: enumOptions(domain.fiveOneStates, (value) =>
            t(`fiveOnes.states.${value}`, { ns: 'translation' }),
          ),
        },
        { name: 'note', label: t('editing.fields.note'), kind: 'textarea', nullable: true },
      ]}
      initialValues={{ state: current.state, note: current.note, version: current.version }}
      fromRecord={{
        schema: fiveOneRecordSchema,
        toValues: ({ state, note, version }) => ({ state, note, version }),
      }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}
