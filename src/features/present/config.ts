import type { SlideKind } from '@/stores/presentation';
import { presentDefaults, type PresentSearch } from '@/features/present/search';

/*
 * What a presentation's search means, for the setup and the show. Apart from the route's
 * `validateSearch` (search.ts), so that it loads with those screens, not with every page.
 */

/** The configuration a search describes, with the defaults filled in. */
export interface PresentConfig {
  chainCodes: string[] | null;
  slides: SlideKind[];
  seconds: number;
  times: Map<string, number>;
  loop: boolean;
  refresh: number;
  dark: boolean;
}

export function readPresentConfig(search: PresentSearch): PresentConfig {
  return {
    chainCodes: search.chains ? [...new Set(search.chains.split(','))] : null,
    slides: search.slides ? (search.slides.split(',') as SlideKind[]) : presentDefaults.slides,
    seconds: search.seconds ?? presentDefaults.seconds,
    times: new Map(
      (search.times?.split(',') ?? []).map((item) => {
        const [id = '', seconds = ''] = item.split(':');
        return [id, Number(seconds)];
      }),
    ),
    loop: search.loop ?? presentDefaults.loop,
    refresh: search.refresh ?? presentDefaults.refresh,
    dark: search.dark ?? false,
  };
}

/** The per-slide times as the URL writes them; undefined when every slide takes the default. */
export function writeSlideTimes(times: Map<string, number>): string | undefined {
  const items = [...times].map(([id, seconds]) => `${id}:${seconds}`);
  return items.length > 0 ? items.join(',') : undefined;
}
