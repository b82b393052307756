import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadDetail } from '@server/contract/investment';
import { DialogLoading } from '@/components/editing/dialog-loading';
import { EditLauncher } from '@/components/editing/edit-button';
import { useCanEditRecordOf, useSession } from '@/lib/auth';

/*
 * The buttons that add or change a lead. Shown only to users who may change its chain (the
 * server checks again); each dialog loads when it is first opened.
 */

const AddLeadDialog = lazy(() =>
  import('@/features/investment/components/edit/add-lead-dialog').then((m) => ({
    default: m.AddLeadDialog,
  })),
);
const EditLeadDialog = lazy(() =>
  import('@/features/investment/components/edit/edit-lead-dialog').then((m) => ({
    default: m.EditLeadDialog,
  })),
);

interface AddLeadProps {
  /** Fixed when opened from a chain; otherwise the dialog asks for it first. */
  chainId?: number;
  linkId?: number;
  /** The button's words, e.g. 为环节“电芯”新增线索; 新增线索 by default. */
  label?: string;
  shortLabel?: string;
}

export function AddLead({ chainId, linkId, label, shortLabel }: AddLeadProps) {
  const { t } = useTranslation('investment');
  const user = useSession();
  const mayEditChain = useCanEditRecordOf(chainId ?? null);
  // Without a chain: anyone who may change some chain (the dialog offers theirs).
  const mayAdd =
    chainId === undefined
      ? user.role === 'editor'
        ? user.chainIds.length > 0
        : mayEditChain
      : mayEditChain;
  if (!mayAdd) return null;
  return (
    <EditLauncher label={label ?? t('investment.leads.add')} shortLabel={shortLabel}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <AddLeadDialog chainId={chainId} linkId={linkId} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}

export function EditLead({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation('investment');
  if (!useCanEditRecordOf(lead.chain.id)) return null;
  return (
    <EditLauncher label={t('investment.leads.edit')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <EditLeadDialog lead={lead} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}
