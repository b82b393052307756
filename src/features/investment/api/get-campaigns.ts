import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { campaignListSchema } from '@server/contract/investment';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type CampaignList = z.output<typeof campaignListSchema>;

/** `GET /api/campaigns`: every campaign with its results; a city has a handful a year. */
export function getCampaigns({ signal }: { signal?: AbortSignal } = {}): Promise<CampaignList> {
  return apiGet(
    '/api/campaigns',
    () => import('@server/contract/investment').then((contract) => contract.campaignListSchema),
    { signal },
  );
}

export function getCampaignsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.campaigns.list({}),
    queryFn: ({ signal }) => getCampaigns({ signal }),
  });
}

export function useCampaigns({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getCampaignsQueryOptions(), enabled });
}
