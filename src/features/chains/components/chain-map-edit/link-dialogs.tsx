import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chainLinkCreateSchema, type ChainLinkCreate } from '@server/contract/chain-map';
import type { ChainLink, ChainSegment } from '@server/contract/chains';
import { linkStrengths } from '@server/contract/domain';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import type { FieldsOf } from '@/components/editing/field-spec';
import { FormAlert } from '@/components/form/form-alert';
import { ModalDialog } from '@/components/form/modal-dialog';
import { useCreateChainLink } from '@/features/chains/api/create-chain-link';
import { useWithdrawChainLink } from '@/features/chains/api/withdraw-chain-link';
import { useFormatters } from '@/hooks/use-formatters';
import '@/components/editing/editing.css';

/** Adds a link at the end of a segment; its firms are attached with the link's own edit. */
export function AddLinkDialog({
  chainId,
  segment,
  onClose,
}: {
  chainId: number;
  segment: ChainSegment;
  onClose: CloseDialog;
}) {
  const { t } = useTranslation(['editing', 'translation']);
  const create = useCreateChainLink(segment.id, chainId);
  const fields: FieldsOf<ChainLinkCreate>[] = [
    { name: 'name', label: t('editing.mapEdit.fields.name'), kind: 'text' },
    { name: 'nameEn', label: t('editing.mapEdit.fields.nameEn'), kind: 'text', nullable: true },
    {
      name: 'strength',
      label: t('editing.mapEdit.fields.strength'),
      kind: 'select',
      options: linkStrengths.map((value) => ({
        value,
        label: t(`linkStrength.${value}`, { ns: 'translation' }),
      })),
    },
    { name: 'note', label: t('editing.mapEdit.fields.note'), kind: 'textarea', nullable: true },
  ];
  return (
    <EditFormDialog
      title={t('editing.mapEdit.addLink', { segment: segment.name })}
      schema={chainLinkCreateSchema}
      fields={fields}
      initialValues={{ name: '', nameEn: null, strength: 'weak', note: null, firmIds: [] }}
      submit={create.mutateAsync}
      onClose={onClose}
    />
  );
}

/**
 * Removes a link. One with firms asks where they go: to another link of the chain, or nowhere.
 * The server takes that choice with the removal, in one write.
 */
export function RemoveLinkDialog({
  chainId,
  link,
  segments,
  onClose,
}: {
  chainId: number;
  link: ChainLink;
  /** The chain's map, for the links the firms may move to. */
  segments: ChainSegment[];
  onClose: CloseDialog;
}) {
  const { t } = useTranslation('editing');
  const format = useFormatters();
  const withdraw = useWithdrawChainLink(link.id, chainId);
  const others = segments.flatMap((segment) =>
    segment.links
      .filter((other) => other.id !== link.id)
      .map((other) => ({ id: other.id, label: `${format.name(segment)} · ${format.name(other)}` })),
  );
  const [choice, setChoice] = useState<'move' | 'detach'>(others.length > 0 ? 'move' : 'detach');
  const [toLinkId, setToLinkId] = useState<number | undefined>(others[0]?.id);
  const [failure, setFailure] = useState<Error | null>(null);
  const name = format.name(link);
  const selectId = useId();
  const hasFirms = link.firmCount > 0;

  const remove = async () => {
    setFailure(null);
    try {
      await withdraw.mutateAsync({
        version: link.version,
        ...(hasFirms && { firms: choice, ...(choice === 'move' && { toLinkId }) }),
      });
      onClose('saved');
    } catch (error) {
      setFailure(error instanceof Error ? error : new Error(String(error)));
    }
  };

  return (
    <ModalDialog title={t('editing.mapEdit.removeLink', { name })} onClose={() => onClose()}>
      {failure && <FormAlert error={failure} />}
      <p>{t('editing.mapEdit.removeLinkQuestion', { name })}</p>
      {hasFirms && (
        <fieldset className="edit-form__fieldset">
          <legend>{t('editing.mapEdit.firmsQuestion', { count: link.firmCount })}</legend>
          <label>
            <input
              type="radio"
              name="firms"
              value="move"
              checked={choice === 'move'}
              disabled={others.length === 0}
              onChange={() => setChoice('move')}
            />{' '}
            {t('editing.mapEdit.moveFirms')}
          </label>
          {choice === 'move' && others.length > 0 && (
            <div>
              <label htmlFor={selectId}>{t('editing.mapEdit.moveTo')}</label>{' '}
              <select
                id={selectId}
                value={toLinkId}
                onChange={(event) => setToLinkId(Number(event.target.value))}
              >
                {others.map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.label}
                  </option>
                ))}
              </select>
            </div>
          )}
          {others.length === 0 && <p>{t('editing.mapEdit.noOtherLink')}</p>}
          <label>
            <input
              type="radio"
              name="firms"
              value="detach"
              checked={choice === 'detach'}
              onChange={() => setChoice('detach')}
            />{' '}
            {t('editing.mapEdit.detachFirms')}
          </label>
        </fieldset>
      )}
      <div className="edit-form__actions">
        <button
          type="button"
          className="button"
          disabled={withdraw.isPending}
          onClick={() => void remove()}
        >
          {withdraw.isPending ? t('editing.saving') : t('editing.mapEdit.confirmRemove')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onClose()}>
          {t('editing.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
