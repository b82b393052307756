import { useEffect } from 'react';
import { useLocation } from '@tanstack/react-router';

/**
 * Scrolls to and focuses the element the URL's hash names (`#five-one-leader_firm`) once it is
 * on screen. The router scrolls on navigation, but the sections only exist after the data has
 * arrived, and moving focus lets keyboard and screen-reader users start where the link pointed.
 */
export function useFocusHashTarget(ready: boolean) {
  const hash = useLocation({ select: (location) => location.hash });
  useEffect(() => {
    if (!ready || !hash) return;
    const target = document.getElementById(hash);
    if (!target) return;
    // jsdom has no layout and so no scrollIntoView.
    if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [hash, ready]);
}
