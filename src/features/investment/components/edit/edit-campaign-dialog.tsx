import { useTranslation } from 'react-i18next';
import type { CampaignDetail } from '@server/contract/investment';
import { campaignBodySchema, campaignRecordSchema } from '@server/contract/investment-writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { QueryResult } from '@/components/feedback/query-result';
import { useCampaign } from '@/features/investment/api/get-campaign';
import { useUpdateCampaign } from '@/features/investment/api/update-campaign';
import { useCampaignFields } from '@/features/investment/components/edit/campaign-fields';

/** The list has no version or note: the dialog reads the campaign itself first. */
export function EditCampaignDialog({
  campaignId,
  onClose,
}: {
  campaignId: number;
  onClose: CloseDialog;
}) {
  const campaign = useCampaign(campaignId);
  return (
    <QueryResult query={campaign}>
      {(data) => <CampaignForm campaign={data} onClose={onClose} />}
    </QueryResult>
  );
}

function CampaignForm({ campaign, onClose }: { campaign: CampaignDetail; onClose: CloseDialog }) {
  const { t } = useTranslation('investment');
  const fields = useCampaignFields();
  const mutation = useUpdateCampaign(campaign.id);
  if (!fields) return null;
  return (
    <EditFormDialog
      title={t('investment.campaigns.edit')}
      schema={campaignBodySchema}
      fields={fields}
      initialValues={{
        name: campaign.name,
        nameEn: campaign.nameEn,
        city: campaign.city,
        cityEn: campaign.cityEn,
        startsOn: campaign.startsOn,
        endsOn: campaign.endsOn,
        chainIds: campaign.chains.map((chain) => chain.id),
        note: campaign.note,
        version: campaign.version,
      }}
      fromRecord={{
        schema: campaignRecordSchema,
        toValues: (record) => ({
          name: record.name,
          nameEn: record.nameEn,
          city: record.city,
          cityEn: record.cityEn,
          startsOn: record.startsOn,
          endsOn: record.endsOn,
          chainIds: record.chainIds,
          note: record.note,
          version: record.version,
        }),
      }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}
