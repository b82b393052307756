import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cityDay } from '@server/contract/city-time';
import { leadCreateSchema } from '@server/contract/investment-writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { ModalDialog } from '@/components/form/modal-dialog';
import { useCreateLead } from '@/features/investment/api/create-lead';
import {
  actionFor,
  followLeadField,
  useLeadFields,
} from '@/features/investment/components/edit/lead-fields';
import { useChainOptions } from '@/hooks/use-filter-options';
import { useFormatters } from '@/hooks/use-formatters';
import { canEditChain, useSession } from '@/lib/auth';

interface AddLeadDialogProps {
  /** The chain it is opened from (a chain page, a filtered list): fixed. */
  chainId?: number;
  /** The link it is opened from: chosen already, and its strength picks the action. */
  linkId?: number;
  onClose: CloseDialog;
}

/** A new lead; opened outside a chain, it asks for the chain first (its links and members). */
export function AddLeadDialog({ chainId, linkId, onClose }: AddLeadDialogProps) {
  const [chosen, setChosen] = useState(chainId);
  if (chosen === undefined) return <ChooseChain onChosen={setChosen} onClose={onClose} />;
  return <LeadCreateForm chainId={chosen} linkId={linkId} onClose={onClose} />;
}

function LeadCreateForm({
  chainId,
  linkId,
  onClose,
}: {
  chainId: number;
  linkId?: number;
  onClose: CloseDialog;
}) {
  const { t } = useTranslation('investment');
  const form = useLeadFields(chainId);
  const mutation = useCreateLead(chainId);
  if (!form) return null;
  const link = form.links.find((candidate) => candidate.id === linkId) ?? form.links[0];
  return (
    <EditFormDialog
      title={t('investment.leads.add')}
      schema={leadCreateSchema}
      fields={form.fields}
      initialValues={{
        chainId,
        linkId: link?.id ?? Number.NaN,
        targetFirmId: Number.NaN,
        action: link ? actionFor[link.strength] : 'fill',
        ownerMemberId: null,
        ownerDepartmentId: null,
        stage: 'identified',
        // Identified today, on the city's calendar, unless the user says otherwise.
        identifiedOn: cityDay(new Date()),
        contactedOn: null,
        visitedOn: null,
        negotiatingOn: null,
        signedOn: null,
        droppedOn: null,
        dropReason: null,
        expectedInvestmentYi: null,
        nextStep: null,
        nextStepDueOn: null,
        campaignId: null,
        projectId: null,
        note: null,
      }}
      onFieldChange={followLeadField(form.links)}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}

/** The chains this user may add leads to. */
function ChooseChain({
  onChosen,
  onClose,
}: {
  onChosen: (chainId: number) => void;
  onClose: CloseDialog;
}) {
  const { t } = useTranslation('investment');
  const format = useFormatters();
  const user = useSession();
  const chains = (useChainOptions().data?.items ?? []).filter((chain) =>
    canEditChain(user, chain.id),
  );
  const [value, setValue] = useState('');
  return (
    <ModalDialog title={t('investment.leads.add')} onClose={onClose}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (value) onChosen(Number(value));
        }}
      >
        <div className="form-field">
          <label className="form-field__label" htmlFor="lead-chain">
            {t('investment.leads.fields.chainId')}
          </label>
          <select
            id="lead-chain"
            className="form-field__input"
            value={value}
            onChange={(event) => setValue(event.target.value)}
          >
            <option value="">{t('investment.leads.chooseChain')}</option>
            {chains.map((chain) => (
              <option key={chain.id} value={chain.id}>
                {format.name(chain)}
              </option>
            ))}
          </select>
        </div>
        <div className="edit-form__actions">
          <button type="submit" className="button" disabled={!value}>
            {t('investment.leads.next')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => onClose()}>
            {t('investment.leads.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
