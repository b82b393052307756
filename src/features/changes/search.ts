import { searchDay, searchId, searchParams, type SearchOf } from '@/lib/search-params';

/** The brief's chain (none: the city) and window in the URL: a pasted link shows the same days. */
export const changesSearchSchema = searchParams({
  chain: searchId,
  from: searchDay,
  to: searchDay,
});

export type ChangesSearch = SearchOf<typeof changesSearchSchema>;
