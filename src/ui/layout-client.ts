// Asks the layout worker for a map's geometry; one worker, one request at a time.
// Results are cached per map object and by content, so switching back to a map (or undoing
// an edit) is instant. While the map is being edited, versions of the same map that are
// still waiting for the worker are dropped when a newer one arrives: the worker never works
// through a backlog of stale keystrokes.
//
// Warm-ups never make real work wait. The worker is warmed in small pieces (a tiny map
// parsed and laid out, a few milliseconds each), sent one at a time and only while nothing
// else is asked of it; then the map on screen is laid out once, so that its routing is kept
// for the editor. That last one is long: if a file is opened or another map is laid out
// meanwhile, the worker is stopped and a fresh one takes the real work at once.
import type { Geometry, LayoutOptions } from '../layout/geometry.ts';
import type { TransitMap } from '../model/schema.ts';
import type { LoadResult } from '../model/load.ts';
import type {
  LayoutRequest,
  LoadRequest,
  WorkerRequest,
  WorkerResponse,
  WorkerTiming,
} from './layout-protocol.ts';

interface Job {
  readonly request: LayoutRequest;
  readonly key: string;
  readonly resolve: (g: Geometry) => void;
  readonly reject: (e: Error) => void;
}

/** Work the page did not ask for: a warm-up piece, or a map laid out and thrown away. */
type WarmUp = { readonly piece: number } | { readonly map: TransitMap };

/** What the worker is busy with. */
type Running =
  { readonly id: number; readonly job: Job } | { readonly id: number; readonly warm: WarmUp };

interface Load {
  readonly request: LoadRequest;
  readonly resolve: (r: LoadResult) => void;
  readonly reject: (e: Error) => void;
}

/**
 * Warm-up pieces sent before the map on screen. Measured (CPU, Node's V8): after 20 pieces a
 * 100-station map parses in 40 ms and lays out in 530 ms, as after a full layout of the
 * default map (70, 630), against 150 and 1,000 ms in a cold worker.
 */
export const WARM_UP_PIECES = 20;
/**
 * After real work, warm-ups wait this long: an opened file's layout follows its parse, and
 * while someone types in the editor, a piece started between two keystrokes would delay the
 * second (in the bench at load 18, keystroke to map 672 -> 1157 ms with 500 ms here).
 */
const QUIET_MS = 2000;

const cache = new WeakMap<TransitMap, Promise<Geometry>>();
/** The geometries already at hand, for a first render that need not wait a turn. */
const ready = new WeakMap<TransitMap, Geometry>();
/** By content too, so that an edit that does not change the drawing (a description) is free. */
const byContent = new Map<string, Promise<Geometry>>();
const CONTENT_CACHE_SIZE = 30;
const queue: Job[] = [];
const warmUps: WarmUp[] = [];
let piecesQueued = false;
let running: Running | null = null;
let worker: Worker | null = null;
let nextId = 1;
/** No warm-up before this time (performance.now()), and the timer that waits for it. */
let quietUntil = 0;
let quietTimer: ReturnType<typeof setTimeout> | undefined;
/** No warm-up piece before this time: the reader clicked or typed (the map's warm-up, which
 * the editor asks for and typing needs, is not held). */
let piecesHeldUntil = 0;
/** Texts being parsed in the worker (they skip the layout queue). */
const loads = new Map<number, Load>();

const noop = () => undefined;

/**
 * The reader comes first: a click, a key press or a wheel turn holds the pieces back for
 * QUIET_MS. Nobody waits for a piece, and on a machine with few cores the worker's compiling
 * competes with the page's answer to that input for the CPU.
 */
function holdWarmUpsOnInput(): void {
  if (typeof window === 'undefined') return;
  const hold = () => {
    piecesHeldUntil = performance.now() + QUIET_MS;
  };
  for (const type of ['pointerdown', 'keydown', 'wheel'] as const)
    window.addEventListener(type, hold, { capture: true, passive: true });
}

/** The worker's time on a request, as a User Timing measure (for profiles and the bench). */
function measure(name: string, timing: WorkerTiming): void {
  if (typeof performance.measure !== 'function') return;
  const start = timing.startedAt - performance.timeOrigin;
  performance.measure(`layout-worker: ${name}`, { start, duration: timing.ms });
}

function onResponse(data: WorkerResponse): void {
  const load = loads.get(data.id);
  if (load || (running && 'job' in running)) quietUntil = performance.now() + QUIET_MS;
  if (load) {
    loads.delete(data.id);
    if ('result' in data) {
      measure('parse', data.timing);
      // The page shows an opened file's first map at once: its layout is queued now, so the
      // worker starts on it while the page takes the file in (store, render), not after.
      const first = data.result.ok ? data.result.maps[0] : undefined;
      if (first) void layoutInWorker(first).catch(noop);
      load.resolve(data.result);
    } else load.reject(new Error('error' in data ? data.error : 'no result'));
    pump();
    return;
  }
  const done = running;
  if (!done || done.id !== data.id) return;
  running = null;
  if ('job' in done) {
    if ('geometry' in data) {
      measure('layout', data.timing);
      done.job.resolve(data.geometry);
    } else done.job.reject(new Error('error' in data ? data.error : 'no geometry'));
  } else if ('warmed' in data) measure('warm-up', data.warmed);
  else if ('geometry' in data) measure('warm-up map', data.timing);
  pump();
}

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  worker = created;
  created.onmessage = (event: MessageEvent<WorkerResponse>) => {
    if (worker === created) onResponse(event.data);
  };
  created.onerror = (event) => {
    if (worker !== created) return;
    worker = null;
    for (const load of loads.values()) load.reject(new Error(event.message));
    loads.clear();
    const failed = running;
    running = null;
    if (failed && 'job' in failed) failed.job.reject(new Error(event.message));
    pump();
  };
  return created;
}

function post(request: WorkerRequest): void {
  getWorker().postMessage(request);
}

/**
 * Real work for the worker: warm-ups of other maps are dropped (the page has moved on), and
 * one being laid out now is stopped with its worker — a fresh worker starts on the real work
 * at once, which costs less than waiting for the warm-up to end. A warm-up of the same map is
 * waited for: it computes the routing that the real job reuses.
 */
function makeRoom(forMapId?: string): void {
  for (let i = warmUps.length - 1; i >= 0; i--) {
    const w = warmUps[i];
    if (w && 'map' in w && w.map.id !== forMapId) warmUps.splice(i, 1);
  }
  const busy = running;
  if (!busy || !('warm' in busy) || !('map' in busy.warm) || busy.warm.map.id === forMapId) return;
  worker?.terminate();
  worker = null;
  running = null;
  for (const load of loads.values()) post(load.request); // they were queued in the old worker
}

/**
 * Parses and validates `text` in the worker (as model/load.ts's loadText would, with `maps`
 * known), so that opening a big file never blocks the page. Rejects if the worker fails.
 */
export function loadInWorker(text: string, maps: readonly TransitMap[]): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const request: LoadRequest = { id: nextId++, load: { text, maps } };
    makeRoom();
    loads.set(request.id, { request, resolve, reject });
    try {
      post(request);
    } catch (error) {
      loads.delete(request.id);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

function pump(): void {
  if (running) return;
  const job = queue.shift();
  if (job) {
    running = { id: job.request.id, job };
    post(job.request);
    return;
  }
  // Warm-ups only when the worker has had nothing else to do for a while, one at a time.
  if (loads.size > 0 || warmUps.length === 0 || quietTimer !== undefined) return;
  const held = warmUps[0] && 'piece' in warmUps[0] ? piecesHeldUntil : 0;
  const wait = Math.max(quietUntil, held) - performance.now();
  if (wait > 0) {
    quietTimer = setTimeout(() => {
      quietTimer = undefined;
      pump();
    }, wait);
    return;
  }
  const warm = warmUps.shift();
  if (!warm) return;
  const id = nextId++;
  running = { id, warm };
  post('piece' in warm ? { id, warm: { piece: warm.piece } } : { id, map: warm.map, options: {} });
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
  // A version of the map drawn before (an undo, a redo) comes back as it was drawn, whatever
  // picture it would now start from.
  const { previous, ...rest } = options;
  const plain = previous ? layoutKey(map, rest) : undefined;
  const drawn = plain === undefined ? undefined : byContent.get(plain);
  if (drawn) {
    cache.set(map, drawn);
    return drawn;
  }
  const key = layoutKey(map, options);
  const same = byContent.get(key);
  if (same) {
    cache.set(map, same);
    if (Object.keys(options).length === 0) void same.then((g) => ready.set(map, g), noop);
    return same;
  }
  // A newer version of a map replaces the versions of it still waiting their turn.
  const sameRest = JSON.stringify({ ...rest, previous: undefined });
  for (let i = queue.length - 1; i >= 0; i--) {
    const job = queue[i];
    if (!job || job.request.map.id !== map.id) continue;
    if (JSON.stringify({ ...job.request.options, previous: undefined }) !== sameRest) continue;
    queue.splice(i, 1);
    byContent.delete(job.key);
    job.reject(new Error('superseded by a newer version of the map'));
  }
  const promise = new Promise<Geometry>((resolve, reject) => {
    queue.push({ request: { id: nextId++, map, options }, key, resolve, reject });
  });
  cache.set(map, promise);
  byContent.set(key, promise);
  if (plain !== undefined) byContent.set(plain, promise);
  if (Object.keys(options).length === 0) void promise.then((g) => ready.set(map, g), noop);
  if (byContent.size > CONTENT_CACHE_SIZE) byContent.delete(byContent.keys().next().value ?? '');
  promise.catch(() => {
    cache.delete(map);
    if (byContent.get(key) === promise) byContent.delete(key);
    if (plain !== undefined && byContent.get(plain) === promise) byContent.delete(plain);
  });
  makeRoom(map.id);
  pump();
  return promise;
}

/**
 * Warms the worker up at no cost to real work: the first call queues the small pieces that
 * get the worker's code compiled (a cold layout takes about twice as long); then `map` is laid
 * out and thrown away, so the worker keeps its routing and the first edit of a map drawn from
 * a seeded geometry only redoes the cheap stages. The page calls this once it is idle, and the
 * editor when it opens.
 */
export function warmLayout(map: TransitMap): void {
  // The first call (the page, at idle) puts the pieces first: a file opened then waits for
  // a piece at most. A later one (the editor opening) puts the map ahead of the pieces left:
  // typing needs its routing sooner than the pieces' compiling, which the layout does too.
  const first = !piecesQueued;
  if (first) {
    piecesQueued = true;
    holdWarmUpsOnInput();
    for (let piece = 0; piece < WARM_UP_PIECES; piece++) warmUps.push({ piece });
  }
  const now = running && ('job' in running ? running.job.request : running.warm);
  const busy = (now && 'map' in now && now.map === map) || queue.some((j) => j.request.map === map);
  const at = warmUps.findIndex((w) => 'map' in w && w.map === map);
  const warm = at >= 0 ? warmUps.splice(at, 1) : busy ? [] : [{ map }];
  if (first) warmUps.push(...warm);
  else warmUps.unshift(...warm);
  pump();
}
