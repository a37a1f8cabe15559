// Asks the layout worker for a map's geometry; one worker, one request at a time.
// Results are cached per map object and by content, so switching back to a map (or undoing
// an edit) is instant. While the map is being edited, versions of the same map that are
// still waiting for the worker are dropped when a newer one arrives: the worker never works
// through a backlog of stale keystrokes.
import type { Geometry, LayoutOptions } from '../layout/geometry.ts';
import type { TransitMap } from '../model/schema.ts';
import type { LoadResult } from '../model/load.ts';
import type { LayoutRequest, WorkerResponse } from './layout-protocol.ts';

interface Job {
  readonly request: LayoutRequest;
  readonly key: string;
  readonly resolve: (g: Geometry) => void;
  readonly reject: (e: Error) => void;
}

const cache = new WeakMap<TransitMap, Promise<Geometry>>();
/** The geometries already at hand, for a first render that need not wait a turn. */
const ready = new WeakMap<TransitMap, Geometry>();
/** By content too, so that an edit that does not change the drawing (a description) is free. */
const byContent = new Map<string, Promise<Geometry>>();
const CONTENT_CACHE_SIZE = 30;
const queue: Job[] = [];
let running: Job | null = null;
let worker: Worker | null = null;
let nextId = 1;
/** Texts being parsed in the worker (they skip the layout queue). */
const loads = new Map<number, { resolve: (r: LoadResult) => void; reject: (e: Error) => void }>();

const noop = () => undefined;

function finish(job: Job, result: { geometry: Geometry } | { error: Error }) {
  if (running === job) running = null;
  if ('geometry' in result) job.resolve(result.geometry);
  else job.reject(result.error);
  pump();
}

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const data = event.data;
    const load = loads.get(data.id);
    if (load) {
      loads.delete(data.id);
      if ('result' in data) load.resolve(data.result);
      else load.reject(new Error('error' in data ? data.error : 'no result'));
      return;
    }
    if ('result' in data) return;
    const job = running;
    if (!job || job.request.id !== event.data.id) return;
    finish(
      job,
      'geometry' in data ? { geometry: data.geometry } : { error: new Error(data.error) },
    );
  };
  worker.onerror = (event) => {
    worker = null;
    for (const load of loads.values()) load.reject(new Error(event.message));
    loads.clear();
    if (running) finish(running, { error: new Error(event.message) });
  };
  return worker;
}

/**
 * Parses and validates `text` in the worker (as model/load.ts's loadText would, with `maps`
 * known), so that opening a big file never blocks the page. Rejects if the worker fails.
 */
export function loadInWorker(text: string, maps: readonly TransitMap[]): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    loads.set(id, { resolve, reject });
    try {
      getWorker().postMessage({ id, load: { text, maps } });
    } catch (error) {
      loads.delete(id);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

function pump() {
  if (running) return;
  const job = queue.shift();
  if (!job) return;
  running = job;
  getWorker().postMessage(job.request);
}

/** What the layout reads of a map: prose (title, descriptions, links) left out. */
function layoutKey(map: TransitMap, options: LayoutOptions): string {
  return JSON.stringify([
    map.zones.map((z) => [z.id, z.label]),
    map.lines.map((l) => [l.id, l.label, l.color, l.stops]),
    map.stations.map((s) => [s.id, s.label, s.zone, s.position]),
    options,
  ]);
}

/**
 * A geometry laid out elsewhere (at build time, for a bundled map) with the default options:
 * this map, and any with the same layout content, are drawn without the worker.
 */
export function seedGeometry(map: TransitMap, geometry: Geometry): void {
  const promise = Promise.resolve(geometry);
  cache.set(map, promise);
  ready.set(map, geometry);
  byContent.set(layoutKey(map, {}), promise);
}

/** The geometry of `map` if it is already known (default options), without waiting. */
export function peekGeometry(map: TransitMap): Geometry | undefined {
  return ready.get(map);
}

export function layoutInWorker(map: TransitMap, options: LayoutOptions = {}): Promise<Geometry> {
  const cached = cache.get(map);
  if (cached) return cached;
  const key = layoutKey(map, options);
  const same = byContent.get(key);
  if (same) {
    cache.set(map, same);
    if (Object.keys(options).length === 0) void same.then((g) => ready.set(map, g), noop);
    return same;
  }
  // A newer version of a map replaces the versions of it still waiting their turn.
  const sameOptions = JSON.stringify(options);
  for (let i = queue.length - 1; i >= 0; i--) {
    const job = queue[i];
    if (!job || job.request.map.id !== map.id) continue;
    if (JSON.stringify(job.request.options) !== sameOptions) continue;
    queue.splice(i, 1);
    byContent.delete(job.key);
    job.reject(new Error('superseded by a newer version of the map'));
  }
  const promise = new Promise<Geometry>((resolve, reject) => {
    queue.push({ request: { id: nextId++, map, options }, key, resolve, reject });
  });
  cache.set(map, promise);
  byContent.set(key, promise);
  if (Object.keys(options).length === 0) void promise.then((g) => ready.set(map, g), noop);
  if (byContent.size > CONTENT_CACHE_SIZE) byContent.delete(byContent.keys().next().value ?? '');
  promise.catch(() => {
    cache.delete(map);
    if (byContent.get(key) === promise) byContent.delete(key);
  });
  pump();
  return promise;
}

/**
 * Lays `map` out in the worker and throws the result away: the worker keeps its routing, so
 * that the first edit of a map drawn from a seeded geometry (which never went through the
 * worker) only redoes the cheap stages. The editor calls this when it opens.
 */
export function warmLayout(map: TransitMap): void {
  if (queue.some((j) => j.request.map === map) || running?.request.map === map) return;
  const request: LayoutRequest = { id: nextId++, map, options: {} };
  const ignore = () => undefined;
  queue.push({ request, key: '', resolve: ignore, reject: ignore });
  pump();
}
