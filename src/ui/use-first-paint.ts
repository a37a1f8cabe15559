import { startTransition, useEffect, useState } from 'react';

let announcePainted: () => void = () => undefined;
/** Resolves once the app's first frame has been painted (see useFirstPaint). */
export const firstPaint = new Promise<void>((resolve) => (announcePainted = resolve));

/**
 * False until the page's first frame has been painted, then true (set in a transition, so
 * what waits for it renders in slices). The app draws the map first and the side panel, the
 * map's text description and the announcer after it: the first frame then holds about a third
 * fewer elements and skips the panel's work (the smallest covering stack, for one).
 */
export function useFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from an animation frame runs after that frame has been painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        announcePainted();
        startTransition(() => setPainted(true));
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
