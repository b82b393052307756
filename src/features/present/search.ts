import { slideKinds, type SlideKind } from '@/stores/presentation';
import { searchBoolean, searchParams, type SearchOf } from '@/lib/search-params';

/*
 * A presentation's configuration lives in its URL, so a link set up once opens the same
 * presentation on the wall screen. Lists are comma-separated words rather than JSON so the link
 * stays readable and editable by hand. A value that does not fit reads as "not set".
 */

export const presentDefaults = {
  slides: ['overview', 'chain'] as SlideKind[],
  seconds: 30,
  refresh: 60,
  loop: true,
};

export const secondsRange = { min: 1, max: 3600 };
export const refreshRange = { min: 2, max: 3600 };

const code = /^[a-z0-9][a-z0-9-]*$/;
const slideId = /^(overview|[a-z0-9][a-z0-9-]*(\.(map|projects|investment|changes))?)$/;

function wholeNumberIn(range: { min: number; max: number }) {
  return (raw: unknown): number | undefined =>
    typeof raw === 'number' && Number.isInteger(raw) && raw >= range.min && raw <= range.max
      ? raw
      : undefined;
}

const searchSeconds = wholeNumberIn(secondsRange);

/** A comma-separated list whose every item passes; one bad item refuses the whole list. */
function commaList(accepts: (item: string) => boolean) {
  return (raw: unknown): string | undefined => {
    if (typeof raw !== 'string') return undefined;
    const items = raw.split(',');
    return items.length > 0 && items.every(accepts) ? raw : undefined;
  };
}

/** `overview:20,ai:45,ai.map:15`: seconds for the slides that differ from the default. */
function isSlideTime(item: string): boolean {
  const [id = '', seconds = '', ...rest] = item.split(':');
  return (
    rest.length === 0 &&
    slideId.test(id) &&
    /^\d+$/.test(seconds) &&
    searchSeconds(Number(seconds)) !== undefined
  );
}

const readPresentSearch = searchParams({
  /** Chain codes in the order they are presented; all chains when not set. */
  chains: commaList((item) => code.test(item)),
  slides: commaList((item) => (slideKinds as readonly string[]).includes(item)),
  seconds: searchSeconds,
  times: commaList(isSlideTime),
  loop: searchBoolean,
  /** Seconds between background refreshes of the data on screen. */
  refresh: wholeNumberIn(refreshRange),
  /** The dark projector theme, for wall screens. */
  dark: searchBoolean,
  /** Presenting rather than setting up. */
  play: searchBoolean,
});

export type PresentSearch = SearchOf<typeof readPresentSearch>;

/**
 * The route's `validateSearch`. The router lays each route's answer over the raw search of the
 * routes above it, so a refused value must be answered as undefined, or the raw one shows through.
 */
export function presentSearchSchema(search: Record<string, unknown>): PresentSearch {
  const refused = Object.fromEntries(
    Object.keys(search).map((key) => [key, undefined]),
  ) as PresentSearch;
  return { ...refused, ...readPresentSearch(search) };
}
