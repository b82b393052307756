import { handlingStages, problemStatuses, supervisionLevels } from '@server/contract/domain';
import { problemSorts, sortOrders } from '@server/contract/list-params';
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
export const problemListSearchSchema = searchParams({
  q: searchText,
  chain: searchId,
  status: searchEnum(problemStatuses),
  department: searchId,
  stage: searchEnum(handlingStages),
  category: searchText,
  overdue: searchBoolean,
  supervision: searchEnum(supervisionLevels),
  sort: searchEnum(problemSorts),
  order: searchEnum(sortOrders),
  page: searchPage,
});

export type ProblemListSearch = SearchOf<typeof problemListSearchSchema>;
