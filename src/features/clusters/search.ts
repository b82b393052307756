import { clusterLevels, clusterStatuses } from '@server/contract/domain';
import { searchEnum, searchId, searchParams, type SearchOf } from '@/lib/search-params';

/** The list's state in the URL: a pasted link opens the same view. */
export const clusterListSearchSchema = searchParams({
  level: searchEnum(clusterLevels),
  status: searchEnum(clusterStatuses),
  chain: searchId,
});

export type ClusterListSearch = SearchOf<typeof clusterListSearchSchema>;
