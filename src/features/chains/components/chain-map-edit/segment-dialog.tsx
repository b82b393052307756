import { useTranslation } from 'react-i18next';
import {
  chainSegmentBodySchema,
  chainSegmentCreateSchema,
  chainSegmentRecordSchema,
  type ChainSegmentCreate,
} from '@server/contract/chain-map';
import type { ChainSegment } from '@server/contract/chains';
import { segmentPositions } from '@server/contract/domain';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import type { FieldsOf } from '@/components/editing/field-spec';
import { useCreateChainSegment } from '@/features/chains/api/create-chain-segment';
import { useUpdateChainSegment } from '@/features/chains/api/update-chain-segment';

function useSegmentFields(): FieldsOf<ChainSegmentCreate>[] {
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
      schema={chainSegmentCreateSchema}
      fields={useSegmentFields()}
      initialValues={{ name: '', nameEn: null, position: 'downstream' }}
      submit={create.mutateAsync}
      onClose={onClose}
    />
  );
}

/** Renames a segment (or changes its position). */
export function RenameSegmentDialog({
  chainId,
  segment,
  onClose,
}: {
  chainId: number;
  segment: ChainSegment;
  onClose: CloseDialog;
}) {
  const { t } = useTranslation('editing');
  const update = useUpdateChainSegment(segment.id, chainId);
  return (
    <EditFormDialog
      title={t('editing.mapEdit.renameSegment', { name: segment.name })}
      schema={chainSegmentBodySchema}
      fields={useSegmentFields()}
      initialValues={{
        name: segment.name,
        nameEn: segment.nameEn,
        position: segment.position,
        version: segment.version,
      }}
      fromRecord={{
        schema: chainSegmentRecordSchema,
        toValues: ({ name, nameEn, position, version }) => ({ name, nameEn, position, version }),
      }}
      submit={update.mutateAsync}
      onClose={onClose}
    />
  );
}
