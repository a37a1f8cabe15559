// Asks the layout worker for a map's geometry; one worker, requests matched by id.
// Results are cached per map object, so switching back to a map is instant.
import type { Geometry, LayoutOptions } from '../layout/geometry.ts';
import type { TransitMap } from '../model/schema.ts';
import type { LayoutRequest, LayoutResponse } from './layout-protocol.ts';

const cache = new WeakMap<TransitMap, Promise<Geometry>>();
/** By content too, so that an edit that does not change the drawing (a description) is free. */
const byContent = new Map<string, Promise<Geometry>>();
const CONTENT_CACHE_SIZE = 30;
const waiting = new Map<number, { resolve: (g: Geometry) => void; reject: (e: Error) => void }>();
let worker: Worker | null = null;
let nextId = 1;

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
    const pending = waiting.get(event.data.id);
    if (!pending) return;
    waiting.delete(event.data.id);
    if ('geometry' in event.data) pending.resolve(event.data.geometry);
    else pending.reject(new Error(event.data.error));
  };
  worker.onerror = (event) => {
    for (const pending of waiting.values()) pending.reject(new Error(event.message));
    waiting.clear();
    worker = null;
  };
  return worker;
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

export function layoutInWorker(map: TransitMap, options: LayoutOptions = {}): Promise<Geometry> {
  const cached = cache.get(map);
  if (cached) return cached;
  const key = layoutKey(map, options);
  const same = byContent.get(key);
  if (same) {
    cache.set(map, same);
    return same;
  }
  const id = nextId++;
  const promise = new Promise<Geometry>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    const request: LayoutRequest = { id, map, options };
    getWorker().postMessage(request);
  });
  cache.set(map, promise);
  byContent.set(key, promise);
  if (byContent.size > CONTENT_CACHE_SIZE) byContent.delete(byContent.keys().next().value ?? '');
  promise.catch(() => {
    cache.delete(map);
    byContent.delete(key);
  });
  return promise;
}
