/** What a presentation slide shows: the city, or one chain's status, map or projects. */
export const slideKinds = [
  'overview',
  'chain',
  'map',
  'projects',
  'investment',
  'changes',
] as const;
export type SlideKind = (typeof slideKinds)[number];

export interface Slide {
  /** Stable across data refreshes and shared in URLs: `overview`, `ai`, `ai.map`. */
  id: string;
  kind: SlideKind;
  chainId: number | null;
  seconds: number;
}

export interface Presentation {
  deck: Slide[];
  index: number;
  paused: boolean;
  loop: boolean;
  /** The clock reached the last slide of a deck that does not loop. */
  ended: boolean;
  /** Counts every showing of a slide, so a slide shown again starts its clock afresh. */
  turn: number;
}

/** Moves of a running presentation; each returns the presentation after the move. */
export const presentationMoves = {
  start(deck: Slide[], loop: boolean): Presentation {
    return { deck, index: 0, paused: false, loop, ended: false, turn: 0 };
  },

  goTo(presentation: Presentation, index: number): Presentation {
    if (!Number.isInteger(index) || index < 0 || index >= presentation.deck.length) {
      return presentation;
    }
    return { ...presentation, index, ended: false, turn: presentation.turn + 1 };
  },

  next(presentation: Presentation): Presentation {
    const last = presentation.deck.length - 1;
    if (presentation.index < last)
      return presentationMoves.goTo(presentation, presentation.index + 1);
    return presentation.loop ? presentationMoves.goTo(presentation, 0) : presentation;
  },

  previous(presentation: Presentation): Presentation {
    if (presentation.index > 0) return presentationMoves.goTo(presentation, presentation.index - 1);
    return presentation.loop
      ? presentationMoves.goTo(presentation, presentation.deck.length - 1)
      : presentation;
  },

  /** The slide's time is up: the next one, or the end of a deck that does not loop. */
  elapse(presentation: Presentation): Presentation {
    const atEnd = presentation.index === presentation.deck.length - 1;
    return atEnd && !presentation.loop
      ? { ...presentation, ended: true }
      : presentationMoves.next(presentation);
  },

  /** Space: pause or resume; after the end, start again from the first slide. */
  togglePause(presentation: Presentation): Presentation {
    if (presentation.ended) return { ...presentationMoves.goTo(presentation, 0), paused: false };
    return { ...presentation, paused: !presentation.paused };
  },

  /**
   * New data may add, drop or retime slides (a chain renamed or retired by an admin): the slide
   * on screen stays on screen, with its clock, when it is still in the deck.
   */
  replaceDeck(presentation: Presentation, deck: Slide[]): Presentation {
    const sameDeck =
      deck.length === presentation.deck.length &&
      deck.every(
        (slide, i) =>
          slide.id === presentation.deck[i]?.id && slide.seconds === presentation.deck[i]?.seconds,
      );
    if (sameDeck) return presentation;
    const current = presentation.deck[presentation.index];
    const kept = deck.findIndex((slide) => slide.id === current?.id);
    if (kept >= 0) return { ...presentation, deck, index: kept };
    return { ...presentation, deck, index: 0, ended: false, turn: presentation.turn + 1 };
  },
};
