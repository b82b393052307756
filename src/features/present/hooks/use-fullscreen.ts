import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Whether the page is full screen, a way to ask for it, and whether the browser refused (it may,
 * e.g. without a user gesture or in a frame). Leaving full screen by the browser's own means
 * (Esc, which the page never sees in full screen) calls `onExit`.
 */
export function useFullscreen(onExit: () => void) {
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);
  const [refused, setRefused] = useState(false);
  const latestOnExit = useRef(onExit);
  useEffect(() => {
    latestOnExit.current = onExit;
  });

  useEffect(() => {
    const onChange = () => {
      const now = document.fullscreenElement !== null;
      setFullscreen(now);
      if (!now) latestOnExit.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const request = useCallback(() => {
    setRefused(false);
    requestFullscreen().catch(() => setRefused(true));
  }, []);

  return { fullscreen, refused, request };
}

/** Full screen for the whole page; rejects when the browser has no full screen or refuses. */
export function requestFullscreen(): Promise<void> {
  const root = document.documentElement;
  if (!document.fullscreenEnabled || typeof root.requestFullscreen !== 'function') {
    return Promise.reject(new Error('Full screen is not available'));
  }
  return root.requestFullscreen();
}

export function exitFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}
