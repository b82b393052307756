import { chainCategories, ragStatuses } from '@server/contract/domain';
import { searchBoolean, searchEnum, searchParams, type SearchOf } from '@/lib/search-params';

/** The overview's filters in the URL. */
export const overviewSearchSchema = searchParams({
  category: searchEnum(chainCategories),
  status: searchEnum(ragStatuses),
  /** Only the chains the signed-in editor may change: where an editor of several lands. */
  mine: searchBoolean,
});

export type OverviewSearch = SearchOf<typeof overviewSearchSchema>;
