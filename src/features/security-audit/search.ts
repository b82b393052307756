import { securityEventResults, securityEventTypes } from '@server/contract/domain';
import {
  searchDay,
  searchEnum,
  searchEnumList,
  searchPage,
  searchParams,
  searchText,
  type SearchOf,
} from '@/lib/search-params';

/** The security audit's filters in the URL: a pasted link opens the same view. */
export const securityEventSearchSchema = searchParams({
  q: searchText,
  /** One event type or several, comma-separated, as the API takes them. */
  type: searchEnumList(securityEventTypes),
  result: searchEnum(securityEventResults),
  actor: searchText,
  object: searchText,
  from: searchDay,
  to: searchDay,
  page: searchPage,
});

export type SecurityEventSearch = SearchOf<typeof securityEventSearchSchema>;
