import { searchId, searchParams, type SearchOf } from '@/lib/search-params';

/** The chain page's state in the URL: the chain-map link whose firms are listed. */
export const chainSearchSchema = searchParams({
  link: searchId,
});

export type ChainSearch = SearchOf<typeof chainSearchSchema>;
