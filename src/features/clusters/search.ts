import { clusterLevels, clusterStatuses } from '@server/contract/domain';
import { clusterSorts, MAX_PAGE_SIZE, sortOrders } from '@server/contract/list-params';
import {
  searchEnum,
  searchId,
  searchPage,
  searchParams,
  type SearchOf,
  searchText,
} from '@/lib/search-params';

/** The city has a dozen clusters: a shared link may ask for shorter pages. */
const searchPageSize = (raw: unknown) => {
  const size = searchId(raw);
  return size !== undefined && size <= MAX_PAGE_SIZE ? size : undefined;
};

/** The list's state in the URL: a pasted link opens the same view. */
export const clusterListSearchSchema = searchParams({
  q: searchText,
  level: searchEnum(clusterLevels),
  status: searchEnum(clusterStatuses),
  chain: searchId,
  sort: searchEnum(clusterSorts),
  order: searchEnum(sortOrders),
  page: searchPage,
  pageSize: searchPageSize,
});

export type ClusterListSearch = SearchOf<typeof clusterListSearchSchema>;
