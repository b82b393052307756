import { useEffect, useState } from 'react';

/**
 * True after `ms` without pointer movement, false again on the next movement: the controls and
 * the cursor get out of the audience's way. Focus moving to a control (keyboard users) counts as
 * movement too.
 */
export function useIdle(ms: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timeout = setTimeout(() => setIdle(true), ms);
    const wake = () => {
      clearTimeout(timeout);
      setIdle(false);
      timeout = setTimeout(() => setIdle(true), ms);
    };
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', wake);
    window.addEventListener('focusin', wake);
    return () => {
      clearTimeout(timeout);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
      window.removeEventListener('focusin', wake);
    };
  }, [ms]);
  return idle;
}
