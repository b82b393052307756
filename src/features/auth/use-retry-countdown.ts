import { useEffect, useState } from 'react';

interface Wait {
  until: number;
  /** When the seconds left were last counted. */
  checkedAt: number;
}

/**
 * Whole seconds left of a wait the server asked for (`Retry-After`), counting down. Counted
 * against the deadline, not by ticks, so a tab the browser slowed down in the background still
 * shows the right time when it comes back.
 */
export function useRetryCountdown() {
  const [wait, setWait] = useState<Wait | null>(null);

  useEffect(() => {
    if (!wait) return;
    // Wake when the next whole second is used up, so the number changes on time.
    const untilNextSecond = (wait.until - wait.checkedAt) % 1000 || 1000;
    const timer = setTimeout(() => {
      const now = Date.now();
      setWait(now >= wait.until ? null : { until: wait.until, checkedAt: now });
    }, untilNextSecond);
    return () => clearTimeout(timer);
  }, [wait]);

  return {
    secondsLeft: wait ? Math.ceil((wait.until - wait.checkedAt) / 1000) : 0,
    start(seconds: number) {
      const now = Date.now();
      setWait({ until: now + seconds * 1000, checkedAt: now });
    },
  };
}
