import { targetFirmSources } from '@server/contract/domain';
import { sortOrders, targetFirmSorts } from '@server/contract/list-params';
import {
  searchEnum,
  searchId,
  searchPage,
  searchParams,
  type SearchOf,
  searchText,
} from '@/lib/search-params';

/** The target-firm list's state in the URL: a pasted link opens the same view. */
export const targetFirmListSearchSchema = searchParams({
  q: searchText,
  chain: searchId,
  link: searchId,
  source: searchEnum(targetFirmSources),
  /** Withdrawn target firms: left out unless `include` or `only`. */
  withdrawn: searchEnum(['include', 'only'] as const),
  sort: searchEnum(targetFirmSorts),
  order: searchEnum(sortOrders),
  page: searchPage,
});

export type TargetFirmListSearch = SearchOf<typeof targetFirmListSearchSchema>;
