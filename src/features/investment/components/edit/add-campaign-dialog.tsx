import { useTranslation } from 'react-i18next';
import { cityDay } from '@server/contract/city-time';
import { campaignCreateSchema } from '@server/contract/investment-writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useCreateCampaign } from '@/features/investment/api/create-campaign';
import { useCampaignFields } from '@/features/investment/components/edit/campaign-fields';

export function AddCampaignDialog({ onClose }: { onClose: CloseDialog }) {
  const { t } = useTranslation('investment');
  const fields = useCampaignFields();
  const mutation = useCreateCampaign();
  if (!fields) return null;
  const today = cityDay(new Date());
  return (
    <EditFormDialog
      title={t('investment.campaigns.add')}
      schema={campaignCreateSchema}
      fields={fields}
      initialValues={{
        name: '',
        nameEn: null,
        city: '',
        cityEn: null,
        startsOn: today,
        endsOn: today,
        chainIds: [],
        note: null,
      }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}
