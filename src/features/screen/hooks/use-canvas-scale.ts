import { useEffect, useState } from 'react';

/** The canvas is laid out once at this size; the display only scales it. */
export const CANVAS = { width: 1920, height: 1080 };

function fit() {
  return Math.min(window.innerWidth / CANVAS.width, window.innerHeight / CANVAS.height);
}

/**
 * The scale that fits the 16:9 canvas into the window, letterboxed. Measured on resize only: the
 * layout never reflows, and nothing runs while the window keeps its size.
 */
export function useCanvasScale(): number {
  const [scale, setScale] = useState(fit);
  useEffect(() => {
    const onResize = () => setScale(fit());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return scale;
}
