import { describe, expect, it } from 'vitest';
import { presentationMoves, type Slide } from '@/stores/presentation';
import { createUiStore } from '@/stores/ui-store';
import { buildDeck } from '@/features/present/deck';
import { readPresentConfig } from '@/features/present/config';
import { presentSearchSchema } from '@/features/present/search';

const slide = (id: string, seconds = 10): Slide => ({ id, kind: 'chain', chainId: 1, seconds });
const deck = [slide('overview'), slide('ai'), slide('drones')];

describe('presentation store', () => {
  it('moves forward and back, and wraps round only when it loops', () => {
    const store = createUiStore();
    store.getState().startPresentation(deck, false);
    const at = () => store.getState().presentation?.index;

    store.getState().previousSlide();
    expect(at()).toBe(0);
    store.getState().nextSlide();
    store.getState().nextSlide();
    store.getState().nextSlide();
    expect(at()).toBe(2);

    store.getState().startPresentation(deck, true);
    store.getState().previousSlide();
    expect(at()).toBe(2);
    store.getState().nextSlide();
    expect(at()).toBe(0);
  });

  it('jumps to first, last and a numbered slide, and ignores numbers past the end', () => {
    const store = createUiStore();
    store.getState().startPresentation(deck, true);
    const at = () => store.getState().presentation?.index;
    store.getState().lastSlide();
    expect(at()).toBe(2);
    store.getState().firstSlide();
    expect(at()).toBe(0);
    store.getState().goToSlide(1);
    expect(at()).toBe(1);
    store.getState().goToSlide(7);
    expect(at()).toBe(1);
  });

  it('stops on the last slide when its time is up without looping; space starts again', () => {
    let shown = presentationMoves.start(deck, false);
    shown = presentationMoves.elapse(presentationMoves.elapse(shown));
    expect(shown).toMatchObject({ index: 2, ended: false });
    shown = presentationMoves.elapse(shown);
    expect(shown).toMatchObject({ index: 2, ended: true });
    shown = presentationMoves.togglePause(shown);
    expect(shown).toMatchObject({ index: 0, ended: false, paused: false });

    const looping = presentationMoves.goTo(presentationMoves.start(deck, true), 2);
    expect(presentationMoves.elapse(looping)).toMatchObject({ index: 0, ended: false });
  });

  it('starts a fresh clock on every slide shown, even the same one again', () => {
    const one = presentationMoves.start([slide('overview')], true);
    const again = presentationMoves.next(one);
    expect(again.index).toBe(0);
    expect(again.turn).toBeGreaterThan(one.turn);
  });

  it('keeps the slide on screen when new data changes the deck', () => {
    const store = createUiStore();
    store.getState().startPresentation(deck, true);
    store.getState().goToSlide(2);
    const before = store.getState().presentation;

    store.getState().replaceDeck(deck.map((s) => ({ ...s })));
    expect(store.getState().presentation).toBe(before);

    store.getState().replaceDeck([slide('overview'), slide('drones'), slide('robotics')]);
    expect(store.getState().presentation).toMatchObject({ index: 1, turn: before?.turn });

    store.getState().replaceDeck([slide('overview')]);
    expect(store.getState().presentation?.index).toBe(0);
  });

  it('remembers the language and theme across visits, never the presentation', () => {
    const store = createUiStore();
    store.getState().setTheme('projector-dark');
    store.getState().setThemeOverride('projector');
    store.getState().startPresentation(deck, true);

    const saved = JSON.parse(localStorage.getItem('chainboard.ui') ?? '{}') as { state: object };
    expect(saved.state).toEqual({ language: 'zh-CN', theme: 'projector-dark' });
    expect(createUiStore().getState()).toMatchObject({
      theme: 'projector-dark',
      themeOverride: null,
      presentation: null,
    });
  });

  it('ignores a remembered theme it does not know', () => {
    localStorage.setItem(
      'chainboard.ui',
      JSON.stringify({ state: { language: 'en-US', theme: 'neon' }, version: 1 }),
    );
    expect(createUiStore().getState()).toMatchObject({ language: 'en-US', theme: 'standard' });
  });
});

describe('presentation URL', () => {
  it('reads a full configuration', () => {
    const search = presentSearchSchema({
      chains: 'drones,new-display',
      slides: 'overview,chain,map',
      seconds: 20,
      times: 'overview:45,drones.map:12',
      loop: false,
      refresh: 30,
      dark: true,
      play: true,
    });
    const config = readPresentConfig(search);
    expect(config).toMatchObject({
      chainCodes: ['drones', 'new-display'],
      slides: ['overview', 'chain', 'map'],
      seconds: 20,
      loop: false,
      refresh: 30,
      dark: true,
    });
    const chains = [
      { id: 1, code: 'new-display' },
      { id: 2, code: 'drones' },
      { id: 3, code: 'ai' },
    ];
    expect(buildDeck(config, chains).map((s) => [s.id, s.seconds])).toEqual([
      ['overview', 45],
      ['drones', 20],
      ['drones.map', 12],
      ['new-display', 20],
      ['new-display.map', 20],
    ]);
  });

  it.each([
    ['seconds', 0],
    ['seconds', -5],
    ['seconds', 2.5],
    ['seconds', 'ten'],
    ['seconds', 3601],
    ['refresh', 1],
    ['refresh', 'often'],
    ['loop', 'yes'],
    ['chains', 'Drones'],
    ['chains', 'ai,,drones'],
    ['chains', 42],
    ['slides', 'overview,videos'],
    ['slides', ''],
    ['times', 'ai:0'],
    ['times', 'ai:10:5'],
    ['times', 'ai'],
    ['times', '<b>:10'],
    ['times', 'ai.videos:10'],
    ['slides', 'overview,invest'],
  ])('refuses %s=%j, which then reads as not set', (name, value) => {
    expect(presentSearchSchema({ [name]: value })).toEqual({});
  });

  it('falls back to every chain, the city and chain slides, 30 s, looping, 60 s refresh', () => {
    const config = readPresentConfig(presentSearchSchema({}));
    expect(config).toMatchObject({
      chainCodes: null,
      slides: ['overview', 'chain'],
      seconds: 30,
      loop: true,
      refresh: 60,
      dark: false,
    });
  });

  it('puts each chain’s 招商 slide after its other slides, with its own time', () => {
    const config = readPresentConfig(
      presentSearchSchema({
        chains: 'drones,ai',
        slides: 'chain,projects,investment',
        seconds: 20,
        times: 'ai.investment:40',
      }),
    );
    const deck = buildDeck(config, [
      { id: 2, code: 'drones' },
      { id: 3, code: 'ai' },
    ]);
    expect(deck.map((s) => [s.id, s.kind, s.chainId, s.seconds])).toEqual([
      ['drones', 'chain', 2, 20],
      ['drones.projects', 'projects', 2, 20],
      ['drones.investment', 'investment', 2, 20],
      ['ai', 'chain', 3, 20],
      ['ai.projects', 'projects', 3, 20],
      ['ai.investment', 'investment', 3, 40],
    ]);
  });

  it('puts the city’s 本周变化 after the overview and each chain’s after its other slides', () => {
    const config = readPresentConfig(
      presentSearchSchema({ chains: 'drones,ai', slides: 'overview,chain,changes' }),
    );
    const deck = buildDeck(config, [
      { id: 2, code: 'drones' },
      { id: 3, code: 'ai' },
    ]);
    expect(deck.map((s) => [s.id, s.kind, s.chainId])).toEqual([
      ['overview', 'overview', null],
      ['changes', 'changes', null],
      ['drones', 'chain', 2],
      ['drones.changes', 'changes', 2],
      ['ai', 'chain', 3],
      ['ai.changes', 'changes', 3],
    ]);
  });

  it('skips chains the city no longer has and lists each chain once', () => {
    const config = readPresentConfig(
      presentSearchSchema({ chains: 'ai,retired,ai', slides: 'chain' }),
    );
    expect(buildDeck(config, [{ id: 3, code: 'ai' }]).map((s) => s.id)).toEqual(['ai']);
  });
});
