// The messages between the page and the layout worker: one kind for each request and each
// reply, told apart by `type`. Every request carries an `id` that its reply repeats.
import type { Geometry, LayoutOptions } from '../layout/geometry.ts';
import type { LoadResult } from '../model/load.ts';
import type { TransitMap } from '../model/schema.ts';
import { workerMessages } from './messages.ts';

/** Lay a map out (the page's real work, or a throw-away layout that warms the worker). */
export interface LayoutRequest {
  readonly type: 'layout';
  readonly id: number;
  readonly map: TransitMap;
  readonly options: LayoutOptions;
}

/** Parse and validate a YAML text (an opened file) off the main thread, with `maps` known. */
export interface LoadRequest {
  readonly type: 'load';
  readonly id: number;
  readonly text: string;
  readonly maps: readonly TransitMap[];
}

/**
 * One small piece of the worker's warm-up: a tiny generated map is written as YAML, parsed,
 * validated and laid out, and thrown away, so that the code of those stages gets compiled.
 * `piece` picks the map (a seed), so the pieces do not all take the same paths.
 */
export interface WarmRequest {
  readonly type: 'warm';
  readonly id: number;
  readonly piece: number;
}

export type WorkerRequest = LayoutRequest | LoadRequest | WarmRequest;

/** Worker-side milliseconds of a request (performance.now() in the worker). */
export interface WorkerTiming {
  /** When the worker started on the request, as an epoch time in ms (timeOrigin + now). */
  readonly startedAt: number;
  readonly ms: number;
}

export interface LaidOutReply {
  readonly type: 'laid-out';
  readonly id: number;
  readonly geometry: Geometry;
  readonly timing: WorkerTiming;
}

export interface LoadedReply {
  readonly type: 'loaded';
  readonly id: number;
  readonly result: LoadResult;
  readonly timing: WorkerTiming;
}

export interface WarmedReply {
  readonly type: 'warmed';
  readonly id: number;
  readonly timing: WorkerTiming;
}

/**
 * How far the layout of request `id` has come (a share, 0–1), sent at the end of each of its
 * stages before its answer: a big map takes seconds, and the page says how far it is.
 */
export interface ProgressReply {
  readonly type: 'progress';
  readonly id: number;
  readonly share: number;
}

/**
 * The request failed, or was not a request at all (then `id` is the message's own if it had a
 * numeric one, else null): every message gets an answer, none is dropped in silence.
 */
export interface FailedReply {
  readonly type: 'failed';
  readonly id: number | null;
  readonly error: string;
}

export type WorkerReply = LaidOutReply | LoadedReply | WarmedReply | ProgressReply | FailedReply;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Why `data` is not a request the worker knows, or null if it is one. Only the envelope is
 * checked: the page builds maps from validated documents.
 */
export function requestProblem(data: unknown): string | null {
  if (!isRecord(data)) return workerMessages.notARequest(data === null ? 'null' : typeof data);
  if (typeof data.id !== 'number') return workerMessages.noId();
  switch (data.type) {
    case 'layout':
      return isRecord(data.map) && isRecord(data.options)
        ? null
        : workerMessages.missingFields('layout', 'map and options');
    case 'load':
      return typeof data.text === 'string' && Array.isArray(data.maps)
        ? null
        : workerMessages.missingFields('load', 'text and maps');
    case 'warm':
      return typeof data.piece === 'number'
        ? null
        : workerMessages.missingFields('warm', 'a piece number');
    default:
      return workerMessages.unknownType(JSON.stringify(data.type) ?? 'none');
  }
}
