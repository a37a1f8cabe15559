// How long the layout worker may take over a request before it counts as hung (stuck in a
// loop, out of memory, or gone without a word: a worker that dies that way never answers).
import type { WorkerRequest } from './protocol.ts';

/**
 * Every request may take this long, and a layout this much more per station. Generous: in the
 * browser bench a cold worker lays a 1000-station map out in about 3.4 s at low load, and a
 * shared machine may be several times slower; the layout itself settles for a plainer drawing
 * when it runs late, so only a broken worker comes near these.
 */
export const BASE_BUDGET_MS = 10_000;
export const BUDGET_PER_STATION_MS = 50;
/** Parsing: this much more per character of the text (a 1 MiB file: another 10 s). */
const BUDGET_PER_CHAR_MS = 0.01;

export function requestBudget(request: WorkerRequest): number {
  switch (request.type) {
    case 'layout':
      return BASE_BUDGET_MS + BUDGET_PER_STATION_MS * request.map.stations.length;
    case 'load':
      return BASE_BUDGET_MS + BUDGET_PER_CHAR_MS * request.text.length;
    case 'warm':
      return BASE_BUDGET_MS;
  }
}

/**
 * Deadlines of the requests in one worker. The worker answers one at a time, in order, so a
 * request's time starts when the ones posted before it would have used up theirs.
 */
export class Watchdog {
  private readonly deadlines = new Map<number, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `onLate` hears of the requests past their deadline (the worker should be replaced). */
  constructor(
    private readonly onLate: (ids: ReadonlySet<number>) => void,
    private readonly budget: (request: WorkerRequest) => number = requestBudget,
  ) {}

  /** `request` was just posted. */
  arm(request: WorkerRequest): void {
    const start = Math.max(performance.now(), ...this.deadlines.values());
    this.deadlines.set(request.id, start + this.budget(request));
    this.schedule();
  }

  /** The request `id` was answered. */
  settle(id: number): void {
    if (this.deadlines.delete(id)) this.schedule();
  }

  /** The worker is gone: nothing is waited for any more. */
  clear(): void {
    this.deadlines.clear();
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.deadlines.size === 0) return;
    const next = Math.min(...this.deadlines.values());
    this.timer = setTimeout(() => this.check(), Math.max(0, next - performance.now()));
  }

  private check(): void {
    this.timer = undefined;
    const now = performance.now();
    const late = new Set([...this.deadlines].filter(([, at]) => at <= now).map(([id]) => id));
    if (late.size > 0) this.onLate(late);
    else this.schedule();
  }
}
