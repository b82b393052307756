import { useEffect, useRef } from 'react';

export interface PresentationKeyActions {
  next: () => void;
  previous: () => void;
  togglePause: () => void;
  first: () => void;
  last: () => void;
  /** Zero-based. */
  goTo: (index: number) => void;
  leave: () => void;
  slideCount: number;
}

/** Digits typed within this time of each other make one number: 1 then 2 is slide 12. */
const DIGIT_WINDOW_MS = 1000;

/**
 * The presenter's keyboard: → / ← (and Page Down / Up, as clickers send), space, Home, End,
 * slide numbers, Esc. Keys meant for a focused control (space or Enter on a button) stay with it.
 */
export function usePresentationKeys(actions: PresentationKeyActions) {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  const typed = useRef({ digits: '', at: 0 });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      const onControl = target?.closest('button, a, input, select, textarea') !== null;
      const act = latest.current;
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
          act.next();
          break;
        case 'ArrowLeft':
        case 'PageUp':
          act.previous();
          break;
        case ' ':
          if (onControl) return;
          act.togglePause();
          break;
        case 'Home':
          act.first();
          break;
        case 'End':
          act.last();
          break;
        case 'Escape':
          act.leave();
          break;
        default: {
          if (!/^[0-9]$/.test(event.key)) return;
          const now = Date.now();
          const joined = typed.current.digits + event.key;
          // A second digit that names no slide starts a new number: 1 then 5 of 13 is slide 5.
          const digits =
            now - typed.current.at < DIGIT_WINDOW_MS && Number(joined) <= act.slideCount
              ? joined
              : event.key;
          typed.current = { digits, at: now };
          const slideNumber = Number(digits);
          if (slideNumber > 0) act.goTo(slideNumber - 1);
        }
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
