import { meetingSorts, sortOrders } from '@server/contract/list-params';
import {
  searchDay,
  searchEnum,
  searchId,
  searchPage,
  searchParams,
  type SearchOf,
  searchText,
} from '@/lib/search-params';

/** The list's state in the URL: a pasted link opens the same view. */
export const meetingListSearchSchema = searchParams({
  q: searchText,
  chain: searchId,
  from: searchDay,
  to: searchDay,
  sort: searchEnum(meetingSorts),
  order: searchEnum(sortOrders),
  page: searchPage,
});

export type MeetingListSearch = SearchOf<typeof meetingListSearchSchema>;
