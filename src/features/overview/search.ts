import { chainCategories, ragStatuses } from '@server/contract/domain';
import { searchEnum, searchParams, type SearchOf } from '@/lib/search-params';

/** The overview's filters in the URL. */
export const overviewSearchSchema = searchParams({
  category: searchEnum(chainCategories),
  status: searchEnum(ragStatuses),
});

export type OverviewSearch = SearchOf<typeof overviewSearchSchema>;
