// Functions that run inside the page (passed to addInitScript / evaluate, so each one is
// self-contained: no references to anything outside its own body).
//
// Times are performance.now() in the page: milliseconds since navigation started. A change
// counts as drawn once the frame that shows it has been produced: the bench waits for the
// next animation frame after the change, then for a task queued from it (which runs after
// that frame's style, layout and paint).

export interface LongTask {
  readonly start: number;
  readonly duration: number;
}

export interface Probe {
  readonly longTasks: LongTask[];
  /** Last time each kind of input event reached the page (capture phase). */
  readonly lastInput: Record<string, number>;
  /** When the first map was drawn after navigation. */
  mapDrawn: number | null;
  /** Frame timestamps recorded between startFrames and stopFrames. */
  frames: number[] | null;
}

declare global {
  interface Window {
    __probe: Probe;
  }
}

/** Installed before any page script: long tasks, input times, the first map drawn. */
export function installProbe(): void {
  const probe: Probe = { longTasks: [], lastInput: {}, mapDrawn: null, frames: null };
  window.__probe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        probe.longTasks.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task support: the list stays empty.
  }
  for (const type of ['change', 'click', 'keydown', 'input']) {
    window.addEventListener(type, () => (probe.lastInput[type] = performance.now()), true);
  }
  const drawn = () => {
    if (document.querySelector('svg[data-testid="transit-map"] [data-station-id]')) {
      setTimeout(() => (probe.mapDrawn = performance.now()), 0);
    } else requestAnimationFrame(drawn);
  };
  requestAnimationFrame(drawn);
}

/**
 * Resolves when the map shows exactly `count` stations and its labels, with the time that frame was drawn
 * (or -1 after `timeout` ms).
 */
export function whenStationCount([count, timeout]: readonly [number, number]): Promise<number> {
  const started = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      const n = document.querySelectorAll('svg[data-testid="transit-map"] [data-station-id]');
      // Drawn means the stations and the labels: drawn, or hidden as too small to read.
      const svg = document.querySelector('svg[data-testid="transit-map"]');
      const labelled =
        svg?.querySelector('[data-label-for]') ?? svg?.matches('[data-labels=hidden]');
      if (n.length === count && labelled) setTimeout(() => resolve(performance.now()), 0);
      else if (performance.now() - started > timeout) resolve(-1);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/**
 * Resolves once the map has changed and then stayed still for two frames, with the time
 * the frame showing its last change was drawn (or -1 after `timeout` ms without change).
 */
export function whenMapSettles(timeout: number): Promise<number> {
  return new Promise((resolve) => {
    const svg = document.querySelector('svg[data-testid="transit-map"]');
    if (!svg) return resolve(-1);
    let changed = false;
    let drawnAt = -1;
    let quiet = 0;
    const started = performance.now();
    const observer = new MutationObserver(() => {
      changed = true;
      quiet = 0;
    });
    observer.observe(svg, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const frame = () => {
      if (changed) {
        changed = false;
        setTimeout(() => (drawnAt = performance.now()), 0);
      } else if (drawnAt >= 0 && ++quiet >= 2) {
        observer.disconnect();
        return resolve(drawnAt);
      }
      if (drawnAt < 0 && performance.now() - started > timeout) {
        observer.disconnect();
        return resolve(-1);
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** Starts recording animation-frame timestamps (for smoothness while panning). */
export function startFrames(): void {
  const frames: number[] = [];
  window.__probe.frames = frames;
  const tick = (t: number) => {
    if (window.__probe.frames !== frames) return;
    frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function stopFrames(): number[] {
  const frames = window.__probe.frames ?? [];
  window.__probe.frames = null;
  return frames;
}
