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

export type WorkerRequest = LayoutRequest | LoadRequest;

export type LayoutResponse =
  | { readonly id: number; readonly geometry: Geometry }
  | { readonly id: number; readonly error: string };

export type LoadResponse = { readonly id: number; readonly result: LoadResult };

export type WorkerResponse = LayoutResponse | LoadResponse;
