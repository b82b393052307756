import { parkSorts, sortOrders } from '@server/contract/list-params';
import {
  searchBoolean,
  searchEnum,
  searchId,
  searchPage,
  searchParams,
  type SearchOf,
  searchText,
} from '@/lib/search-params';

/** The list's state in the URL: a pasted link opens the same view. */
export const parkListSearchSchema = searchParams({
  q: searchText,
  district: searchText,
  chain: searchId,
  specialty: searchBoolean,
  sort: searchEnum(parkSorts),
  order: searchEnum(sortOrders),
  page: searchPage,
});

export type ParkListSearch = SearchOf<typeof parkListSearchSchema>;
