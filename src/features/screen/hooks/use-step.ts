import { useEffect, useState } from 'react';

/**
 * An index that moves on by one every `ms` among `count` items, wrapping: the chain cycle and the
 * alert ticker. One timeout per step; nothing runs between steps, and nothing at all for one item.
 */
export function useStep(count: number, ms: number, enabled = true): number {
  const [index, setIndex] = useState(0);
  const shown = count === 0 ? 0 : index % count;
  useEffect(() => {
    if (!enabled || count < 2) return;
    const timer = window.setTimeout(() => setIndex((shown + 1) % count), ms);
    return () => window.clearTimeout(timer);
  }, [enabled, count, ms, shown]);
  return shown;
}
