import { useEffect, useRef } from 'react';

/**
 * Calls `onElapsed` when the slide shown for `turn` has been on screen, unpaused, for `seconds`.
 * Pausing keeps what is left of the slide's time; a new turn starts a full one. One timeout at a
 * time, cleared on every change, so nothing piles up over hours of cycling.
 */
export function useSlideClock(
  turn: number,
  seconds: number,
  running: boolean,
  onElapsed: () => void,
) {
  const left = useRef({ turn: -1, ms: 0 });
  useEffect(() => {
    if (!running) return;
    if (left.current.turn !== turn) left.current = { turn, ms: seconds * 1000 };
    const clock = left.current;
    const startedAt = Date.now();
    const timeout = setTimeout(onElapsed, clock.ms);
    return () => {
      clearTimeout(timeout);
      clock.ms = Math.max(0, clock.ms - (Date.now() - startedAt));
    };
  }, [turn, seconds, running, onElapsed]);
}
