import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignListItem } from '@server/contract/investment';
import { DialogLoading } from '@/components/editing/dialog-loading';
import { EditLauncher } from '@/components/editing/edit-button';
import { useFormatters } from '@/hooks/use-formatters';
import { canEditAllChains, useSession } from '@/lib/auth';

/*
 * The buttons that add or change a campaign: for editors and administrators (a campaign may be
 * changed by those who may change all of its chains; the server checks again). Each dialog
 * loads when it is first opened.
 */

const AddCampaignDialog = lazy(() =>
  import('@/features/investment/components/edit/add-campaign-dialog').then((m) => ({
    default: m.AddCampaignDialog,
  })),
);
const EditCampaignDialog = lazy(() =>
  import('@/features/investment/components/edit/edit-campaign-dialog').then((m) => ({
    default: m.EditCampaignDialog,
  })),
);

export function AddCampaign() {
  const { t } = useTranslation('investment');
  const user = useSession();
  if (!canEditAllChains(user, user.chainIds)) return null;
  return (
    <EditLauncher label={t('investment.campaigns.add')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <AddCampaignDialog onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}

export function EditCampaign({ campaign }: { campaign: CampaignListItem }) {
  const { t } = useTranslation('investment');
  const format = useFormatters();
  const user = useSession();
  if (
    !canEditAllChains(
      user,
      campaign.chains.map((chain) => chain.id),
    )
  )
    return null;
  return (
    <EditLauncher
      label={t('investment.campaigns.editNamed', { name: format.name(campaign) })}
      shortLabel={t('investment.campaigns.edit')}
    >
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <EditCampaignDialog campaignId={campaign.id} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}
