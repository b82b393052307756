import { useEffect, useState } from 'react';

/**
 * The time, updated when the minute turns: one timer a minute rather than a tick a second, so
 * the page does no work between the clock's changes and the data's.
 */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const toNextMinute = 60_000 - (now.getTime() % 60_000);
    const timer = window.setTimeout(() => setNow(new Date()), toNextMinute);
    return () => window.clearTimeout(timer);
  }, [now]);
  return now;
}
