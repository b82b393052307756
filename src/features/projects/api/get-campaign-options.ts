import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { campaignListSchema } from '@server/contract/investment';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

type CampaignList = z.output<typeof campaignListSchema>;

/** GET /api/campaigns: every 招商活动, the choices of a project's campaign (a few dozen). */
export function getCampaignOptions({
  signal,
}: { signal?: AbortSignal } = {}): Promise<CampaignList> {
  return apiGet(
    '/api/campaigns',
    () => import('@server/contract/investment').then((contract) => contract.campaignListSchema),
    { signal },
  );
}

export function useCampaignOptions() {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.campaigns.list({}),
      queryFn: ({ signal }) => getCampaignOptions({ signal }),
      staleTime: 5 * 60_000,
    }),
  );
}
