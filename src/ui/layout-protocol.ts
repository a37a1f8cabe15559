import type { Geometry, LayoutOptions } from '../layout/geometry.ts';
import type { TransitMap } from '../model/schema.ts';

export interface LayoutRequest {
  readonly id: number;
  readonly map: TransitMap;
  readonly options: LayoutOptions;
}

export type LayoutResponse =
  | { readonly id: number; readonly geometry: Geometry }
  | { readonly id: number; readonly error: string };
