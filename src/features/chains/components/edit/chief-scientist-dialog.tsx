import type { ChainDetail } from '@server/contract/chains';
import { chiefScientistBodySchema, chiefScientistRecordSchema } from '@server/contract/writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useSaveChiefScientist } from '@/features/chains/api/save-chief-scientist';
import { useEditOptions } from '@/features/chains/components/edit/use-edit-options';

type Scientist = Pick<
  NonNullable<ChainDetail['fiveOnes']['chief_scientist']['chiefScientist']>,
  'name' | 'title' | 'affiliation' | 'field' | 'appointedOn' | 'version'
>;

const toValues = (scientist: Scientist | null) => ({
  name: scientist?.name ?? '',
  title: scientist?.title ?? null,
  affiliation: scientist?.affiliation ?? null,
  field: scientist?.field ?? null,
  appointedOn: scientist?.appointedOn ?? null,
  version: scientist?.version ?? null,
});

export function ChiefScientistDialog({
  chain,
  onClose,
}: {
  chain: ChainDetail;
  onClose: CloseDialog;
}) {
  const { t } = useEditOptions();
  const mutation = useSaveChiefScientist(chain.id);
  return (
    <EditFormDialog
      title={t('editing.actions.chiefScientist')}
      schema={chiefScientistBodySchema}
      fields={[
        { name: 'name', label: t('editing.fields.name'), kind: 'text' },
        { name: 'title', label: t('editing.fields.title'), kind: 'text', nullable: true },
        {
          name: 'affiliation',
          label: t('editing.fields.affiliation'),
          kind: 'text',
          nullable: true,
        },
        { name: 'field', label: t('editing.fields.field'), kind: 'text', nullable: true },
        {
          name: 'appointedOn',
          label: t('editing.fields.appointedOn'),
          kind: 'date',
          nullable: true,
        },
      ]}
      initialValues={toValues(chain.fiveOnes.chief_scientist.chiefScientist)}
      fromRecord={{ schema: chiefScientistRecordSchema, toValues }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}
