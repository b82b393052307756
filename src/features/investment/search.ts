import { leadActions, leadStages } from '@server/contract/domain';
import { leadSorts, sortOrders } from '@server/contract/list-params';
import {
  searchBoolean,
  searchEnum,
  searchId,
  searchPage,
  searchParams,
  type SearchOf,
  searchText,
} from '@/lib/search-params';

/** The lead list's state in the URL: a pasted link opens the same view. */
export const leadListSearchSchema = searchParams({
  q: searchText,
  chain: searchId,
  link: searchId,
  stage: searchEnum(leadStages),
  action: searchEnum(leadActions),
  member: searchId,
  department: searchId,
  campaign: searchId,
  stalled: searchBoolean,
  sort: searchEnum(leadSorts),
  order: searchEnum(sortOrders),
  page: searchPage,
});

export type LeadListSearch = SearchOf<typeof leadListSearchSchema>;

/** The city page's state in the URL: the chain whose funnel is shown (none: the city's). */
export const investmentSearchSchema = searchParams({ chain: searchId });

export type InvestmentSearch = SearchOf<typeof investmentSearchSchema>;
