import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CampaignDetail } from '@server/contract/investment';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/campaigns/{id}`: one campaign, with its note and version for the edit dialog. */
export function getCampaign(
  id: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<CampaignDetail> {
  return apiGet(
    `/api/campaigns/${id}`,
    () => import('@server/contract/investment').then((contract) => contract.campaignDetailSchema),
    { signal },
  );
}

export function getCampaignQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.campaigns.detail(id),
    queryFn: ({ signal }) => getCampaign(id, { signal }),
  });
}

export function useCampaign(id: number) {
  return useQuery(getCampaignQueryOptions(id));
}
