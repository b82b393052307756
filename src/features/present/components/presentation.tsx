import { useCallback, useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Overview } from '@server/contract/overview';
import type { Slide } from '@/stores/presentation';
import { useUiStore } from '@/stores/ui-store';
import { SlideView } from '@/features/present/components/slide-view';
import { exitFullscreen, useFullscreen } from '@/features/present/hooks/use-fullscreen';
import { useIdle } from '@/features/present/hooks/use-idle';
import { usePresentationKeys } from '@/features/present/hooks/use-presentation-keys';
import { useSlideClock } from '@/features/present/hooks/use-slide-clock';
import type { PresentSources } from '@/features/present/sources';

/** Controls and cursor hide after this long without pointer movement. */
const IDLE_MS = 2000;

interface PresentationProps {
  deck: Slide[];
  loop: boolean;
  overview: Overview;
  sources: PresentSources;
  refreshMs: number;
  slideTitle: (slide: Slide) => string;
  onLeave: () => void;
}

/** The running presentation: one slide at a time, on its own clock, driven by the keyboard. */
export function Presentation({ deck, loop, onLeave, ...slideProps }: PresentationProps) {
  const startPresentation = useUiStore((state) => state.startPresentation);
  const stopPresentation = useUiStore((state) => state.stopPresentation);
  const replaceDeck = useUiStore((state) => state.replaceDeck);
  const started = useUiStore((state) => state.presentation !== null);

  // Started once per mount: the page remounts this when the configuration changes.
  const initial = useRef({ deck, loop });
  useEffect(() => {
    startPresentation(initial.current.deck, initial.current.loop);
    return stopPresentation;
  }, [startPresentation, stopPresentation]);

  // Fresh data may add or drop chains; the slide on screen stays.
  useEffect(() => replaceDeck(deck), [deck, replaceDeck]);

  return started ? <RunningPresentation onLeave={onLeave} {...slideProps} /> : null;
}

type RunningProps = Omit<PresentationProps, 'deck' | 'loop'>;

function RunningPresentation({ onLeave, slideTitle, ...slideProps }: RunningProps) {
  // The 本周变化 slides name sections and changes as the change brief does, in its words: loaded
  // here, with the deck, so no slide waits for them mid-presentation.
  const { t } = useTranslation(['present', 'changes']);
  const queryClient = useQueryClient();
  const presentation = useUiStore((state) => state.presentation);
  const nextSlide = useUiStore((state) => state.nextSlide);
  const previousSlide = useUiStore((state) => state.previousSlide);
  const goToSlide = useUiStore((state) => state.goToSlide);
  const firstSlide = useUiStore((state) => state.firstSlide);
  const lastSlide = useUiStore((state) => state.lastSlide);
  const elapseSlide = useUiStore((state) => state.elapseSlide);
  const togglePause = useUiStore((state) => state.togglePause);

  const leaving = useRef(false);
  const leave = useCallback(() => {
    if (leaving.current) return;
    leaving.current = true;
    exitFullscreen();
    onLeave();
  }, [onLeave]);
  const screen = useFullscreen(leave);
  const idle = useIdle(IDLE_MS);

  const deck = presentation?.deck ?? [];
  const index = presentation?.index ?? 0;
  const slide = deck[index];
  const running = presentation !== null && !presentation.paused && !presentation.ended;
  useSlideClock(presentation?.turn ?? 0, slide?.seconds ?? 0, running && !!slide, elapseSlide);
  usePresentationKeys({
    next: nextSlide,
    previous: previousSlide,
    togglePause,
    first: firstSlide,
    last: lastSlide,
    goTo: goToSlide,
    leave,
    slideCount: deck.length,
  });

  // The next chain map or project list loads while this slide is shown, so it appears at once.
  const upcoming = deck[(index + 1) % Math.max(deck.length, 1)];
  useEffect(() => {
    if (upcoming?.kind === 'changes') {
      void queryClient.prefetchQuery(slideProps.sources.changes(upcoming.chainId));
      return;
    }
    if (upcoming?.chainId == null || upcoming.kind === 'chain') return;
    if (upcoming.kind === 'investment') {
      void queryClient.prefetchQuery(slideProps.sources.investment(upcoming.chainId));
    } else {
      void queryClient.prefetchQuery(slideProps.sources.chain(upcoming.chainId));
    }
  }, [queryClient, slideProps.sources, upcoming]);

  if (!presentation) return null;
  return (
    <div className={`presentation${idle ? ' presentation--idle' : ''}`}>
      {slide ? (
        <div key={slide.id} className="presentation__slide">
          <SlideView slide={slide} {...slideProps} />
        </div>
      ) : (
        <p className="presentation__notice">{t('present.emptyDeck')}</p>
      )}
      {presentation.ended && <p className="presentation__notice">{t('present.ended')}</p>}
      {slide && (
        <p role="status" className="visually-hidden">
          {t('present.announce', {
            number: index + 1,
            total: deck.length,
            title: slideTitle(slide),
          })}
        </p>
      )}
      {slide && (
        <div className="presentation__progress" aria-hidden="true">
          <div
            key={presentation.turn}
            className="presentation__progress-bar"
            style={{
              animationDuration: `${slide.seconds}s`,
              animationPlayState: running ? 'running' : 'paused',
            }}
          />
        </div>
      )}
      <div className="presentation__controls" role="group" aria-label={t('present.controls.label')}>
        <button type="button" onClick={previousSlide}>
          {t('present.controls.previous')}
        </button>
        <button type="button" onClick={togglePause}>
          {presentation.paused || presentation.ended
            ? t('present.controls.resume')
            : t('present.controls.pause')}
        </button>
        <button type="button" onClick={nextSlide}>
          {t('present.controls.next')}
        </button>
        <span className="presentation__counter slide-number">
          {t('present.controls.counter', { number: index + 1, total: deck.length })}
        </span>
        {!screen.fullscreen && (
          <button type="button" onClick={screen.request}>
            {t('present.controls.fullscreen')}
          </button>
        )}
        {screen.refused && <span role="alert">{t('present.controls.fullscreenRefused')}</span>}
        <button type="button" onClick={leave}>
          {t('present.controls.leave')}
        </button>
      </div>
    </div>
  );
}
