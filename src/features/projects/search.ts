import { projectOrigins, projectStages } from '@server/contract/domain';
import { projectSorts, sortOrders } from '@server/contract/list-params';
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
export const projectListSearchSchema = searchParams({
  q: searchText,
  chain: searchId,
  park: searchId,
  stage: searchEnum(projectStages),
  origin: searchEnum(projectOrigins),
  stalled: searchBoolean,
  sort: searchEnum(projectSorts),
  order: searchEnum(sortOrders),
  page: searchPage,
});

export type ProjectListSearch = SearchOf<typeof projectListSearchSchema>;
