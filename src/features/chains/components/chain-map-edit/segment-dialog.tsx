import { useTranslation } from 'react-i18next';
import { chainSegmentBodySchema, chainSegmentCreateSchema } from '@server/contract/chain-map';
import type { ChainSegment } from '@server/contract/chains';
import { segmentPositions } from '@server/contract/domain';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import type { FieldSpec } from '@/components/editing/field-spec';
import { useCreateChainSegment } from '@/features/chains/api/create-chain-segment';
import { useUpdateChainSegment } from '@/features/chains/api/update-chain-segment';

type Values = Record<string, unknown>;

function useSegmentFields(): FieldSpec[] {
  const { t } = useTranslation(['editing', 'translation']);
  return [
    { name: 'name', label: t('editing.mapEdit.fields.name'), kind: 'text' },
    { name: 'nameEn', label: t('editing.mapEdit.fields.nameEn'), kind: 'text', nullable: true },
    {
      name: 'position',
      label: t('editing.mapEdit.fields.position'),
      kind: 'select',
      options: segmentPositions.map((value) => ({
        value,
        label: t(`segmentPosition.${value}`, { ns: 'translation' }),
      })),
    },
  ];
}

/** Adds a segment after the chain's last one. */
export function AddSegmentDialog({ chainId, onClose }: { chainId: number; onClose: CloseDialog }) {
  const { t } = useTranslation('editing');
  const create = useCreateChainSegment(chainId);
  return (
    <EditFormDialog
      title={t('editing.mapEdit.addSegment')}
      schema={chainSegmentCreateSchema as never}
      fields={useSegmentFields()}
      initialValues={{ name: '', nameEn: null, position: 'downstream' }}
      submit={(values: Values) => create.mutateAsync(values as never)}
      onClose={onClose}
    />
  );
}

/** Renames a segment (or changes its position). */
export function RenameSegmentDialog({
  segment,
  onClose,
}: {
  segment: ChainSegment;
  onClose: CloseDialog;
}) {
  const { t } = useTranslation('editing');
  const update = useUpdateChainSegment(segment.id);
  return (
    <EditFormDialog
      title={t('editing.mapEdit.renameSegment', { name: segment.name })}
      schema={chainSegmentBodySchema as never}
      fields={useSegmentFields()}
      initialValues={{
        name: segment.name,
        nameEn: segment.nameEn,
        position: segment.position,
        version: segment.version,
      }}
      fromRecord={(record) => ({
        name: record.name,
        nameEn: record.nameEn,
        position: record.position,
        version: record.version,
      })}
      submit={(values: Values) => update.mutateAsync(values as never)}
      onClose={onClose}
    />
  );
}
