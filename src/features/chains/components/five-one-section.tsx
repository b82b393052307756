import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FiveOneItem, FiveOneState } from '@server/contract/domain';
import { fiveOneSectionId } from '@/features/chains/components/five-one-id';
import { FiveOneStateLabel } from '@/components/status/five-one-state-label';
import { DataText } from '@/components/vocabulary/data-text';

interface FiveOneSectionProps {
  item: FiveOneItem;
  state: FiveOneState;
  note: string | null;
  /** Edit controls, for users who may change the chain. */
  actions?: ReactNode;
  children: ReactNode;
}

/** One of the five ones; its id is the target of the overview matrix's links. */
export function FiveOneSection({ item, state, note, actions, children }: FiveOneSectionProps) {
  const { t } = useTranslation('chains');
  const id = fiveOneSectionId(item);
  return (
    <section id={id} tabIndex={-1} className="panel chain-section" aria-labelledby={`${id}-title`}>
      <div className="chain-section__head">
        <h2 id={`${id}-title`}>{t(`fiveOnes.items.${item}`)}</h2>
        <FiveOneStateLabel state={state} />
        {actions}
      </div>
      {note && (
        <p className="chain-section__note">
          <strong>{t('chains.fiveOne.note')}</strong> <DataText>{note}</DataText>
        </p>
      )}
      {children}
    </section>
  );
}

export function NotRecorded() {
  const { t } = useTranslation('chains');
  return <p className="empty-state">{t('chains.fiveOne.notRecorded')}</p>;
}
