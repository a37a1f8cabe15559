import type { Geometry, LayoutOptions } from '../layout/geometry.ts';
import type { LoadResult } from '../model/load.ts';
import type { TransitMap } from '../model/schema.ts';

export interface LayoutRequest {
  readonly id: number;
  readonly map: TransitMap;
  readonly options: LayoutOptions;
}

/** Parse and validate a YAML text (an opened file) off the main thread. */
export interface LoadRequest {
  readonly id: number;
  readonly load: { readonly text: string; readonly maps: readonly TransitMap[] };
}

/**
 * One small piece of the worker's warm-up: a tiny generated map is written as YAML, parsed,
 * validated and laid out, and thrown away, so that the code of those stages gets compiled.
 * `piece` picks the map (a seed), so the pieces do not all take the same paths.
 */
export interface WarmRequest {
  readonly id: number;
  readonly warm: { readonly piece: number };
}

export type WorkerRequest = LayoutRequest | LoadRequest | WarmRequest;

/** Worker-side milliseconds of a request (performance.now() in the worker). */
export interface WorkerTiming {
  /** When the worker started on the request, as an epoch time in ms (timeOrigin + now). */
  readonly startedAt: number;
  readonly ms: number;
}

export type LayoutResponse =
  | { readonly id: number; readonly geometry: Geometry; readonly timing: WorkerTiming }
  | { readonly id: number; readonly error: string };

export type LoadResponse = {
  readonly id: number;
  readonly result: LoadResult;
  readonly timing: WorkerTiming;
};

export type WarmResponse = { readonly id: number; readonly warmed: WorkerTiming };

export type WorkerResponse = LayoutResponse | LoadResponse | WarmResponse;
