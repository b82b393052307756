/** s = strong (强链), w = weak (补链), m = missing (延链). */
export type LinkSeed = readonly [name: string, nameEn: string, strength: 's' | 'w' | 'm'];

export interface SegmentSeed {
  name: string;
  nameEn: string;
  links: readonly LinkSeed[];
}

/** Upstream, midstream, downstream. */
export type ChainMapSeed = readonly [SegmentSeed, SegmentSeed, SegmentSeed];
