// Asks the layout worker for geometries and parses; one worker, one layout at a time (parses
// skip the queue, layout-queue.ts), answers cached (geometry-cache.ts). Warm-ups (warm-up.ts) never make real work wait: a long one is stopped with its
// worker when real work comes, and a fresh worker takes the real work at once.
//
// A worker that throws, fails a request or gives no answer within its budget (watchdog.ts) is
// replaced, and what it held is sent again to the fresh one, once; a second failure rejects
// with a message that names the map. The caller keeps what it shows meanwhile.
import type { Geometry, LayoutOptions } from '../layout/geometry.ts';
import type { LoadResult } from '../model/load.ts';
import type { TransitMap } from '../model/schema.ts';
import { GeometryCache } from './geometry-cache.ts';
import { LayoutQueue } from './layout-queue.ts';
import { workerMessages } from './messages.ts';
import type { Job, Pending } from './layout-queue.ts';
import type { LayoutRequest, LoadRequest, WorkerReply, WorkerRequest } from './protocol.ts';
import type { WorkerTiming } from './protocol.ts';
import { WarmUpScheduler } from './warm-up.ts';
import type { WarmUp } from './warm-up.ts';
import { Watchdog } from './watchdog.ts';

/** How many times a request is sent again to a fresh worker after its worker failed on it. */
export const RETRIES = 1;

interface Load extends Pending<LoadResult> {
  readonly request: LoadRequest;
}

/** What the worker is busy with (parses aside). */
type Running =
  { readonly id: number; readonly job: Job } | { readonly id: number; readonly warm: WarmUp };

export interface LayoutClientOptions {
  readonly createWorker: () => Worker;
  /** Where the reader's input arrives (the window), to hold warm-ups back while they act. */
  readonly input?: EventTarget;
  /** Milliseconds a request may take before its worker counts as hung. */
  readonly budget?: (request: WorkerRequest) => number;
}

const noop = () => undefined;

/** The worker's time on a request, as a User Timing measure (for profiles and the bench). */
function measure(name: string, timing: WorkerTiming): void {
  if (typeof performance.measure !== 'function') return;
  const start = timing.startedAt - performance.timeOrigin;
  performance.measure(`layout-worker: ${name}`, { start, duration: timing.ms });
}

export class LayoutClient {
  private readonly cache = new GeometryCache();
  private readonly warmUps: WarmUpScheduler;
  private readonly watchdog: Watchdog;
  private readonly queue = new LayoutQueue();
  /** Texts being parsed in the worker. */
  private readonly loads = new Map<number, Load>();
  private running: Running | null = null;
  private worker: Worker | null = null;
  private nextId = 1;
  /** Who listens to the progress of each map's layout, by map id; and the last share heard. */
  private readonly listeners = new Map<string, Set<(share: number) => void>>();
  private readonly progress = new Map<string, number>();

  constructor(private readonly options: LayoutClientOptions) {
    this.warmUps = new WarmUpScheduler(() => this.pump(), options.input);
    this.watchdog = new Watchdog(
      (late) => this.replaceWorker(late, workerMessages.noAnswer()),
      options.budget,
    );
  }

  /** A geometry laid out elsewhere (at build time) with the default options: no worker needed. */
  seed(map: TransitMap, geometry: Geometry): void {
    this.cache.seed(map, geometry);
  }

  /** The geometry of `map` if it is already known (default options), without waiting. */
  peek(map: TransitMap): Geometry | undefined {
    return this.cache.peek(map);
  }

  layout(map: TransitMap, options: LayoutOptions = {}): Promise<Geometry> {
    const found = this.cache.find(map, options);
    if (found instanceof Promise) return found;
    let dropped: Job[] = [];
    const promise = new Promise<Geometry>((resolve, reject) => {
      const request: LayoutRequest = { type: 'layout', id: this.nextId++, map, options };
      dropped = this.queue.push({ request, key: found.key, resolve, reject, attempts: 0 });
    });
    for (const job of dropped) {
      this.cache.forget(job.key);
      job.reject(new Error(workerMessages.superseded()));
    }
    this.cache.add(map, options, found, promise);
    this.makeRoom(map.id);
    this.pump();
    return promise;
  }

  /**
   * Parses and validates `text` in the worker (as model/load.ts's loadText would, with `maps`
   * known), so that opening a big file never blocks the page. Rejects if the worker fails.
   */
  load(text: string, maps: readonly TransitMap[]): Promise<LoadResult> {
    return new Promise((resolve, reject) => {
      const request: LoadRequest = { type: 'load', id: this.nextId++, text, maps };
      this.makeRoom();
      this.loads.set(request.id, { request, resolve, reject, attempts: 0 });
      try {
        this.post(request);
      } catch (error) {
        this.loads.delete(request.id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  /**
   * Warms the worker up at no cost to real work: the first call queues the small pieces that
   * get the worker's code compiled (a cold layout takes about twice as long); then `map` is
   * laid out and thrown away, so the worker keeps its routing and the first edit of a map
   * drawn from a seeded geometry only redoes the cheap stages. The page calls this once it is
   * idle, and the editor when it opens.
   */
  warm(map: TransitMap): void {
    const now =
      this.running && ('job' in this.running ? this.running.job.request : this.running.warm);
    const busy = (now && 'map' in now && now.map === map) || this.queue.has(map);
    this.warmUps.add(map, Boolean(busy));
    this.pump();
  }

  /**
   * Calls `listener` with the share (0–1) of the layout of map `mapId` done, as the worker
   * reports it (at once with the last share heard, if it is under way). Returns the unsubscribe.
   */
  watchProgress(mapId: string, listener: (share: number) => void): () => void {
    const set = this.listeners.get(mapId) ?? new Set();
    this.listeners.set(mapId, set);
    set.add(listener);
    const known = this.progress.get(mapId);
    if (known !== undefined) listener(known);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(mapId);
    };
  }

  /**
   * Stops the layouts of map `mapId`, the running one with its worker (a fresh one takes what
   * else is waiting): their promises reject with a "cancelled" message; the caller keeps what
   * it shows. A later layout of the map starts afresh.
   */
  cancel(mapId: string): void {
    const dropped = this.queue.drop(mapId);
    const running = this.running;
    if (running && 'job' in running && running.job.request.map.id === mapId) {
      this.stopWorker();
      this.running = null;
      dropped.push(running.job);
      for (const load of this.loads.values()) this.post(load.request);
    }
    this.progress.delete(mapId);
    for (const job of dropped) {
      this.cache.forget(job.key);
      job.reject(new Error(workerMessages.cancelled()));
    }
    this.pump();
  }

  private onReply(reply: WorkerReply): void {
    if (reply.type === 'failed' && reply.id === null)
      return console.warn('layout worker:', reply.error);
    if (reply.id === null) return;
    if (reply.type === 'progress') {
      // Not an answer: the request is still running (the watchdog keeps waiting).
      const now = this.running;
      if (now?.id !== reply.id || !('job' in now)) return;
      const mapId = now.job.request.map.id;
      this.progress.set(mapId, reply.share);
      for (const listener of this.listeners.get(mapId) ?? []) listener(reply.share);
      return;
    }
    this.watchdog.settle(reply.id);
    const load = this.loads.get(reply.id);
    const running = this.running?.id === reply.id ? this.running : null;
    const real = load ?? (running && 'job' in running ? running.job : undefined);
    if (real) this.warmUps.afterRealWork();
    if (real && reply.type === 'failed') {
      this.replaceWorker(new Set([reply.id]), workerMessages.layoutFailed(reply.error));
      return;
    }
    if (load) {
      this.loads.delete(reply.id);
      if (reply.type === 'loaded') {
        measure('parse', reply.timing);
        // The page shows an opened file's first map at once: its layout is queued now, so the
        // worker starts on it while the page takes the file in (store, render), not after.
        const first = reply.result.ok ? reply.result.maps[0] : undefined;
        if (first) void this.layout(first).catch(noop);
        load.resolve(reply.result);
      } else load.reject(new Error(workerMessages.wrongReply('parse', reply.type)));
    } else if (running) {
      this.running = null;
      if ('job' in running) {
        this.progress.delete(running.job.request.map.id);
        if (reply.type === 'laid-out') {
          measure('layout', reply.timing);
          running.job.resolve(reply.geometry);
        } else running.job.reject(new Error(workerMessages.wrongReply('layout', reply.type)));
      } else if (reply.type !== 'failed')
        // a failed warm-up is dropped: nobody waits for it
        measure(reply.type === 'warmed' ? 'warm-up' : 'warm-up map', reply.timing);
    }
    this.pump();
  }

  /**
   * The worker failed on the requests `blamed` (or died, or hung): a fresh one takes over. A
   * request that had failed before is given up, with a message that names its map.
   */
  private replaceWorker(blamed: ReadonlySet<number> | 'all', reason: string): void {
    this.stopWorker();
    const gaveUp = (pending: { attempts: number }, id: number) =>
      (blamed === 'all' || blamed.has(id)) && ++pending.attempts > RETRIES;
    for (const [id, load] of this.loads) {
      if (!gaveUp(load, id)) continue;
      this.loads.delete(id);
      load.reject(new Error(workerMessages.parseGaveUp(reason)));
    }
    const was = this.running;
    this.running = null;
    if (was && 'job' in was) {
      const { map } = was.job.request;
      this.progress.delete(map.id);
      if (gaveUp(was.job, was.id))
        was.job.reject(new Error(workerMessages.layoutGaveUp(map.title || map.id, reason)));
      else this.queue.putBack(was.job);
    }
    for (const load of this.loads.values()) this.post(load.request);
    this.pump();
  }

  private getWorker(): Worker {
    if (this.worker) return this.worker;
    const created = this.options.createWorker();
    this.worker = created;
    created.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (this.worker === created) this.onReply(event.data);
    };
    created.onerror = (event) => {
      if (this.worker !== created) return;
      event.preventDefault?.();
      this.replaceWorker('all', workerMessages.workerStopped(event.message));
    };
    return created;
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = null;
    this.watchdog.clear();
  }

  private post(request: WorkerRequest): void {
    this.getWorker().postMessage(request);
    this.watchdog.arm(request);
  }

  /**
   * Real work for the worker: warm-ups of other maps are dropped (the page has moved on), and
   * one being laid out now is stopped with its worker — a fresh worker starts on the real work
   * at once, which costs less than waiting for the warm-up to end. A warm-up of the same map
   * is waited for: it computes the routing that the real job reuses.
   */
  private makeRoom(forMapId?: string): void {
    this.warmUps.dropOtherMaps(forMapId);
    const busy = this.running;
    if (!busy || !('warm' in busy) || !('map' in busy.warm) || busy.warm.map.id === forMapId)
      return;
    this.stopWorker();
    this.running = null;
    for (const load of this.loads.values()) this.post(load.request); // queued in the old worker
  }

  private pump(): void {
    if (this.running) return;
    const job = this.queue.next();
    if (job) {
      this.running = { id: job.request.id, job };
      try {
        this.post(job.request);
      } catch (error) {
        this.running = null;
        job.reject(error instanceof Error ? error : new Error(String(error)));
      }
      return;
    }
    // Warm-ups only when the worker has had nothing else to do for a while, one at a time.
    if (this.loads.size > 0) return;
    const warm = this.warmUps.take();
    if (!warm) return;
    const id = this.nextId++;
    this.running = { id, warm };
    this.post(
      'piece' in warm
        ? { type: 'warm', id, piece: warm.piece }
        : { type: 'layout', id, map: warm.map, options: {} },
    );
  }
}
