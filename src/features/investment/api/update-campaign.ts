import type { z } from 'zod';
import type { campaignBodySchema } from '@server/contract/investment-writes';
import type { CampaignRecord } from '@/features/investment/api/create-campaign';
import { apiSend } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** `PUT /api/campaigns/{id}`: a campaign's every field, on the version it was shown with. */
export type CampaignBody = z.output<typeof campaignBodySchema>;

export function updateCampaign(campaignId: number, body: CampaignBody) {
  return apiSend('PUT', `/api/campaigns/${campaignId}`, body, () =>
    import('@server/contract/investment-writes').then((contract) => contract.campaignRecordSchema),
  );
}

export function useUpdateCampaign(campaignId: number) {
  return useWriteMutation<CampaignBody, CampaignRecord>({
    send: (body) => updateCampaign(campaignId, body),
    touches: () => touches.campaign(),
  });
}
