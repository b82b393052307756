import { searchParams, type SearchOf } from '@/lib/search-params';

/*
 * The wall screen's settings live in its address, so the link set up once opens the same screen
 * on the wall: `?cycle=1` shows the city and then each chain in turn, `seconds` per screen (the
 * presentation's slide time by default), `refresh` seconds between checks of the data version.
 */

export const screenDefaults = { refresh: 30 };

const range = (min: number, max: number) => (raw: unknown) =>
  typeof raw === 'number' && Number.isInteger(raw) && raw >= min && raw <= max ? raw : undefined;

const readScreenSearch = searchParams({
  // `?cycle=1` and `?cycle=true` both read as on.
  cycle: (raw: unknown) => (raw === true || raw === 1 ? true : undefined),
  seconds: range(5, 3600),
  refresh: range(5, 3600),
});

export type ScreenSearch = SearchOf<typeof readScreenSearch>;

/** The route's `validateSearch`; a value that does not fit reads as not set. */
export function screenSearchSchema(search: Record<string, unknown>): ScreenSearch {
  return readScreenSearch(search);
}
