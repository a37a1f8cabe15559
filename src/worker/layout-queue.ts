// The layouts waiting for the worker, oldest first. While a map is being edited, a newer
// version of it replaces the versions still waiting: the worker never works through a backlog
// of stale keystrokes.
import { contentKey } from '../layout/content-key.ts';
import type { Geometry, LayoutOptions } from '../layout/geometry.ts';
import type { TransitMap } from '../model/schema.ts';
import type { LayoutRequest } from './protocol.ts';

/** A request someone waits for, and how often a worker has failed on it. */
export interface Pending<T> {
  readonly resolve: (value: T) => void;
  readonly reject: (error: Error) => void;
  /** Failed attempts so far. */
  attempts: number;
}

export interface Job extends Pending<Geometry> {
  readonly request: LayoutRequest;
  /** The cache key it is filed under (geometry-cache.ts). */
  readonly key: string;
}

/** The options apart from the picture to start from: what makes two layouts the same job. */
const jobKind = (options: LayoutOptions) => contentKey({ ...options, previous: undefined });

export class LayoutQueue {
  private readonly jobs: Job[] = [];

  /** Queues `job`; the waiting versions of its map with the same options are dropped and returned. */
  push(job: Job): Job[] {
    const { map, options } = job.request;
    const kind = jobKind(options);
    const dropped: Job[] = [];
    for (let i = this.jobs.length - 1; i >= 0; i--) {
      const waiting = this.jobs[i];
      if (!waiting || waiting.request.map.id !== map.id) continue;
      if (jobKind(waiting.request.options) !== kind) continue;
      this.jobs.splice(i, 1);
      dropped.push(waiting);
    }
    this.jobs.push(job);
    return dropped;
  }

  /** Puts a job back at the head (a retry goes before the work queued after it). */
  putBack(job: Job): void {
    this.jobs.unshift(job);
  }

  next(): Job | undefined {
    return this.jobs.shift();
  }

  /** Takes every waiting job of the map `mapId` out, and returns them. */
  drop(mapId: string): Job[] {
    const dropped = this.jobs.filter((j) => j.request.map.id === mapId);
    for (const job of dropped) this.jobs.splice(this.jobs.indexOf(job), 1);
    return dropped;
  }

  has(map: TransitMap): boolean {
    return this.jobs.some((j) => j.request.map === map);
  }
}
