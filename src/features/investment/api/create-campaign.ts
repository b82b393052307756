import { useState } from 'react';
import type { z } from 'zod';
import type {
  campaignCreateSchema,
  campaignRecordSchema,
} from '@server/contract/investment-writes';
import { apiSend, newIdempotencyKey } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** `POST /api/campaigns`: a new campaign (招商活动). */
export type CampaignCreate = z.output<typeof campaignCreateSchema>;
export type CampaignRecord = z.output<typeof campaignRecordSchema>;

export function createCampaign(body: CampaignCreate, idempotencyKey: string) {
  return apiSend(
    'POST',
    '/api/campaigns',
    body,
    () =>
      import('@server/contract/investment-writes').then(
        (contract) => contract.campaignRecordSchema,
      ),
    { idempotencyKey },
  );
}

/** One idempotency key per hook (per dialog): a retry after a lost answer adds nothing. */
export function useCreateCampaign() {
  const [key] = useState(newIdempotencyKey);
  return useWriteMutation<CampaignCreate, CampaignRecord>({
    send: (body) => createCampaign(body, key),
    touches: () => touches.campaign(),
  });
}
