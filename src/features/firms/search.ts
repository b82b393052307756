import { firmTags, revenueBands } from '@server/contract/domain';
import { firmSorts, sortOrders } from '@server/contract/list-params';
import {
  searchEnum,
  searchId,
  searchPage,
  searchParams,
  type SearchOf,
  searchText,
} from '@/lib/search-params';

/** The list's state in the URL: a pasted link opens the same view. */
export const firmListSearchSchema = searchParams({
  q: searchText,
  chain: searchId,
  park: searchId,
  tag: searchEnum(firmTags),
  band: searchEnum(revenueBands),
  /** Firms that moved out or were deregistered: left out unless `include` or `only`. */
  withdrawn: searchEnum(['include', 'only'] as const),
  sort: searchEnum(firmSorts),
  order: searchEnum(sortOrders),
  page: searchPage,
});

export type FirmListSearch = SearchOf<typeof firmListSearchSchema>;
